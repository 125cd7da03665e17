import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { loadCatalog } from '../../src/graph/queries.js';
import { seedReportsDir } from '../../src/paths.js';
import { openTestFileStore } from '../support/embedded-store.js';

const ingestScript = fileURLToPath(new URL('../../src/cli/ingest.js', import.meta.url));
const seeds = [
  '2007-10-west-midlands-police.txt',
  '2007-10-metropolitan-police.txt',
  '2007-10-thames-valley-police.txt',
  '2008-07-metropolitan-police-major-crime.txt',
  '2017-03-metropolitan-police-peel-effectiveness-2016.txt',
].map((file) => join(seedReportsDir, file));

function ingest(dataDir: string, files: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.NEO4J_URI;
  return spawn(process.execPath, [ingestScript, ...files], { env, stdio: 'ignore' });
}

async function countGraph(path: string) {
  const { queries } = loadCatalog();
  const store = await openTestFileStore(path);
  try {
    const [reports] = await store.read(queries.reportCount);
    const [nodes] = await store.read(queries.nodeCount);
    return { reports: Number(reports!.reports), nodes: Number(nodes!.nodes) };
  } finally {
    await store.close();
  }
}

describe('kill -9 during an ingestion', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kill-ingest-'));
  const database = join(dataDir, 'graph.lbug');
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves the whole old graph or the whole new one, never a mix', async () => {
    const first = ingest(dataDir, [seeds[0]!]);
    assert.equal(await new Promise((resolve) => first.once('exit', resolve)), 0);
    const old = await countGraph(database);
    // Killed once the write is under way: its log has grown past 256 kB.
    const child = ingest(dataDir, seeds);
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    const wal = `${database}.wal`;
    for (let i = 0; i < 600 && child.exitCode === null; i++) {
      if (existsSync(wal) && statSync(wal).size > 256 * 1024) break;
      await delay(50);
    }
    child.kill('SIGKILL');
    await exited;
    const now = await countGraph(database);
    assert.ok(
      (now.reports === old.reports && now.nodes === old.nodes) || now.reports === seeds.length,
      `a mix: ${JSON.stringify(now)} after ${JSON.stringify(old)}`,
    );
  });
});
