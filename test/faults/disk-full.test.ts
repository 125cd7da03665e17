import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { loadCatalog } from '../../src/graph/queries.js';
import { seedReportsDir } from '../../src/paths.js';
import {
  openTestFileStore,
  testBufferPoolBytes,
  testMaxDbBytes,
} from '../support/embedded-store.js';

/**
 * A full disk, for real: DATA_DIR on a 40 MB tmpfs mounted by the test (as root; where
 * mounting is not permitted the suite says so in one line and skips). The smallest seed report
 * fits; all five do not.
 */

const ingestScript = fileURLToPath(new URL('../../src/cli/ingest.js', import.meta.url));
const moduleUrl = (path: string) => new URL(path, import.meta.url).href;
const smallest = join(seedReportsDir, '2007-10-west-midlands-police.txt');
const everySeed = [
  '2007-10-metropolitan-police.txt',
  '2007-10-thames-valley-police.txt',
  '2007-10-west-midlands-police.txt',
  '2008-07-metropolitan-police-major-crime.txt',
  '2017-03-metropolitan-police-peel-effectiveness-2016.txt',
].map((file) => join(seedReportsDir, file));

function run(args: string[], env: Record<string, string> = {}) {
  const inherited: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete inherited.NEO4J_URI;
  const child = spawn(process.execPath, args, {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

/**
 * A child script that loads report files through a store that drops the write's space
 * estimate, as if the disk filled after the check passed (another process wrote to it): all
 * files in one transaction, or one transaction per file and then dying before any checkpoint.
 */
function loadScript(mode: 'one-transaction' | 'per-file-then-die'): string {
  const load =
    mode === 'one-transaction'
      ? 'await loadDataset(unchecked, await ingestFiles(files, vocabulary), catalog.load);'
      : "for (const file of files) await loadDataset(unchecked, await ingestFiles([file], vocabulary), catalog.load);\nprocess.kill(process.pid, 'SIGKILL');";
  return `
import { openEmbeddedStore } from ${JSON.stringify(moduleUrl('../../src/graph/embedded/embedded-store.js'))};
import { loadDataset } from ${JSON.stringify(moduleUrl('../../src/graph/load-dataset.js'))};
import { loadCatalog } from ${JSON.stringify(moduleUrl('../../src/graph/queries.js'))};
import { ingestFiles } from ${JSON.stringify(moduleUrl('../../src/ingest/io/ingest-files.js'))};
import { loadVocabulary } from ${JSON.stringify(moduleUrl('../../src/ingest/vocabulary/vocabulary.js'))};
const [path, ...files] = process.argv.slice(1);
const catalog = loadCatalog();
const vocabulary = await loadVocabulary();
const store = await openEmbeddedStore({ path, schemaStatements: catalog.schema.embedded, bufferPoolBytes: ${testBufferPoolBytes}, maxDbBytes: ${testMaxDbBytes} });
await store.applySchema();
const unchecked = { ...store, writeTransaction: (work) => store.writeTransaction(work) };
${load}
await store.close();
`;
}

async function countReports(path: string, onRecovery?: (message: string) => void) {
  const store = await openTestFileStore(path, onRecovery);
  try {
    const [row] = await store.read(loadCatalog().queries.reportCount);
    return Number(row!.reports);
  } finally {
    await store.close();
  }
}

describe('a full disk under DATA_DIR', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'disk-full-'));
  const dataDir = join(mountPoint, 'data');
  const database = join(dataDir, 'graph.lbug');
  let mounted = false;
  before(() => {
    mounted =
      spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', mountPoint]).status === 0;
    if (!mounted)
      console.log('# disk-full suite skipped: mounting a tmpfs is not permitted here (needs root)');
  });
  after(() => {
    if (mounted) spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('ingests a report that fits', async (t) => {
    if (!mounted) return t.skip('no tmpfs');
    const { code, stderr } = await run([ingestScript, smallest], { DATA_DIR: dataDir });
    assert.equal(code, 0, stderr);
    assert.equal(await countReports(database), 1);
  });

  it('refuses a load that does not fit before writing, in one line naming DATA_DIR and the space needed', async (t) => {
    if (!mounted) return t.skip('no tmpfs');
    const { code, stderr } = await run([ingestScript, ...everySeed], { DATA_DIR: dataDir });
    assert.equal(code, 1);
    // Progress lines (`ingest: ...`) come first; the refusal is one line, the last.
    const lines = stderr.trimEnd().split('\n');
    assert.ok(
      lines.slice(0, -1).every((line) => line.startsWith('ingest: ')),
      stderr,
    );
    assert.match(
      lines.at(-1)!,
      /^ingest failed: not enough free space in DATA_DIR \(.+\) for this write: it needs about [\d.]+ MB, [\d.]+ (MB|kB) is free/,
    );
    assert.equal(await countReports(database), 1);
  });

  it('keeps the last committed graph when the disk fills in the middle of a write anyway', async (t) => {
    if (!mounted) return t.skip('no tmpfs');
    // Another process leaves 1 MB free after the check: the write runs out of space.
    const filler = join(mountPoint, 'filler');
    const { bavail, bsize } = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 1024 * 1024)));
    const crash = await run([
      '--input-type=module',
      '-e',
      loadScript('one-transaction'),
      database,
      ...everySeed,
    ]);
    rmSync(filler);
    // The engine either fails the commit or aborts the process (exit 134), as the audit saw.
    assert.notEqual(crash.code, 0);
    assert.match(crash.stderr, /No space left on device|IO exception/);
    const notices: string[] = [];
    assert.equal(await countReports(database, (message) => notices.push(message)), 1);
    for (const notice of notices) assert.match(notice, /^recovered /);
    const again = await run([ingestScript, smallest], { DATA_DIR: dataDir });
    assert.equal(again.code, 0, again.stderr);
  });
});

describe('a write-ahead log torn by a write that never finished', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torn-log-'));
  const database = join(dir, 'graph.lbug');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the last committed graph without a manual step, and says what it recovered from', async () => {
    // A committed load, closed as every command closes (the log folded into the file).
    const first = await run([ingestScript, smallest], { DATA_DIR: dir });
    assert.equal(first.code, 0, first.stderr);
    // The next write cut off mid-record, as when the disk fills under it: a partial page.
    appendFileSync(`${database}.wal`, randomBytes(1000));
    const notices: string[] = [];
    assert.equal(await countReports(database, (message) => notices.push(message)), 1);
    assert.equal(notices.length, 1);
    assert.match(
      notices[0]!,
      /^recovered .*graph\.lbug: its write-ahead log .*graph\.lbug\.wal was torn by a write that did not finish .*WAL file is corrupted.*; the transactions committed before it were replayed and the unfinished one dropped$/,
    );
    assert.equal(await countReports(database, (message) => notices.push(message)), 1);
    assert.equal(notices.length, 1, 'the second open needs no recovery');
  });
});
