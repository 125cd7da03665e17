import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { readConfig } from '../../src/config/config.js';
import { openConfiguredStore } from '../../src/graph/open-store.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { seedReportsDir } from '../../src/paths.js';

const ingestScript = fileURLToPath(new URL('../../src/cli/ingest.js', import.meta.url));

/** Runs `npm run ingest`'s script into `dataDir` with its output piped (not a terminal). */
function ingest(dataDir: string, files: string[], settings: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings, DATA_DIR: dataDir };
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

  it('commits a group of reports at a time: a bad file in the middle leaves the reports before it stored, and --resume finishes the job', async () => {
    const groupDir = mkdtempSync(join(tmpdir(), 'ingest-cli-groups-'));
    const reportsDir = mkdtempSync(join(tmpdir(), 'ingest-cli-reports-'));
    try {
      const names = [
        '2007-10-west-midlands-police.txt',
        '2007-10-thames-valley-police.txt',
        '2007-10-metropolitan-police.txt',
        '2008-07-metropolitan-police-major-crime.txt',
      ];
      for (const name of names) copyFileSync(join(seedReportsDir, name), join(reportsDir, name));
      // The third file is damaged: binary content where its text should be.
      const damaged = join(reportsDir, names[2]!);
      writeFileSync(
        damaged,
        Buffer.concat([readFileSync(damaged).subarray(0, 500), Buffer.from([0])]),
      );
      const files = names.map((name) => join(reportsDir, name));
      const groups = { INGEST_REPORTS_PER_COMMIT: '3' };

      const failed = await ingest(groupDir, files, groups);
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /2007-10-metropolitan-police\.txt:\d+: binary content/);
      assert.match(
        failed.stderr,
        /2 report\(s\) before it were committed and stay; run the same command with --resume/,
      );
      assert.match(
        failed.stderr,
        /^ingest: 0\/4 reports parsed, 0\/4 committed, \d+:\d\d elapsed$/m,
      );
      assert.deepEqual(await storedSourceFiles(groupDir), [names[1], names[0]].sort());

      writeFileSync(damaged, readFileSync(join(seedReportsDir, names[2]!)));
      const resumed = await ingest(groupDir, ['--resume', ...files], groups);
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.match(
        resumed.stdout,
        /^ingested 2 report\(s\) from 2007-10-west-midlands-police\.txt and 3 other file\(s\): .*; skipped 2 file\(s\) already stored \(--resume\)\n$/,
      );
      assert.match(
        resumed.stderr,
        /^ingest: 2\/2 reports parsed, 2\/2 committed, \d+:\d\d elapsed$/m,
      );
      assert.deepEqual(await storedSourceFiles(groupDir), [...names].sort());
    } finally {
      rmSync(groupDir, { recursive: true, force: true });
      rmSync(reportsDir, { recursive: true, force: true });
    }
  });
});

/** The file names of the reports stored in the embedded database of `dataDir`. */
async function storedSourceFiles(dataDir: string): Promise<string[]> {
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, NEO4J_URI: '' });
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema);
  try {
    const rows = await store.read(catalog.queries.reportSourceFiles);
    return rows.map((row) => String(row.sourceFile));
  } finally {
    await store.close();
  }
}
