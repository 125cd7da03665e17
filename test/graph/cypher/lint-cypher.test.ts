import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const linter = fileURLToPath(
  new URL('../../../tooling/cypher-check/lint-cypher.js', import.meta.url),
);

function runLinter(dir: string) {
  const { status, stdout } = spawnSync(process.execPath, [linter, '--dir', dir], {
    encoding: 'utf8',
  });
  return {
    status,
    lines: stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(dir, '<dir>')),
  };
}

describe('lint:cypher', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lint-cypher-'));
    mkdirSync(join(dir, 'queries'));
    mkdirSync(join(dir, 'schema'));
    writeFileSync(
      join(dir, 'queries', 'good.cypher'),
      '// params: $ids\nMATCH (f:Force)\nWHERE f.id IN $ids\nRETURN f\n',
    );
    writeFileSync(
      join(dir, 'queries', 'bad.cypher'),
      '// params: (none)\nMATCH (f:Force)\nRETURN f.aliases[0] AS first\n',
    );
    writeFileSync(
      join(dir, 'schema', 'embedded.cypher'),
      'CREATE NODE TABLE IF NOT EXISTS X(id STRING PRIMARY KEY);\n',
    );
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each finding as file:line:col message and a summary, skips the embedded DDL, and exits 1', () => {
    assert.deepEqual(runLinter(dir), {
      status: 1,
      lines: [
        '<dir>/queries/bad.cypher:3:17 list indexing and slicing are 1-based on the embedded engine; do them in TypeScript',
        '2 Cypher files checked, 1 findings',
      ],
    });
  });
});
