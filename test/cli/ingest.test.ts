import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { seedReportsDir } from '../../src/paths.js';

const ingestScript = fileURLToPath(new URL('../../src/cli/ingest.js', import.meta.url));

/** Runs `npm run ingest`'s script into `dataDir` with its output piped (not a terminal). */
function ingest(dataDir: string, files: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [ingestScript, ...files], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run ingest', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('shows its progress as plain lines when not on a terminal, and ends with one summary line', async () => {
    const files = ['2007-10-thames-valley-police.txt', '2007-10-west-midlands-police.txt'].map(
      (file) => join(seedReportsDir, file),
    );
    const { code, stdout, stderr } = await ingest(dataDir, files);
    assert.equal(code, 0, stderr);
    const lines = stderr.trim().split('\n');
    assert.ok(!stderr.includes('\r'), 'no terminal control characters in a log');
    assert.match(lines[0]!, /^ingest: 0\/2 reports parsed, \d+:\d\d elapsed$/);
    assert.ok(lines.some((line) => /^ingest: 2\/2 reports parsed, \d+:\d\d elapsed$/.test(line)));
    assert.match(
      lines.at(-1)!,
      /^ingest: 2\/2 reports parsed, ([\d,]+)\/\1 rows loaded \(100%\), \d+:\d\d elapsed$/,
    );
    assert.ok(
      lines.some((line) => /^ingest: 2\/2 reports parsed, building the graph, /.test(line)),
    );
    assert.ok(
      lines.length <= 2 * 11 + 1,
      `at most a line per tenth of each phase: ${lines.length}`,
    );
    assert.match(
      stdout,
      /^ingested 2 report\(s\) from 2007-10-thames-valley-police\.txt and 1 other file\(s\): \d+ nodes, \d+ relationships into the embedded store in \d+:\d\d \(1 transaction\(s\)\)\n$/,
    );
  });
});
