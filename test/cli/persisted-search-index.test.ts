import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { seedReportsDir } from '../../src/paths.js';
import { searchIndexFile } from '../../src/search/persisted-index.js';
import {
  searchItemIds,
  startServeProcess,
  stopProcess,
  waitForReady,
  type ServeProcess,
} from '../support/serve-process.js';

const ingestScript = fileURLToPath(new URL('../../src/cli/ingest.js', import.meta.url));

function environment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.NEO4J_URI;
  return env;
}

/** `npm run ingest` of seed report files into `dataDir`, to completion. */
function ingest(dataDir: string, names: readonly string[]): Promise<void> {
  const child = spawn(
    process.execPath,
    [ingestScript, ...names.map((n) => join(seedReportsDir, n))],
    {
      env: environment(dataDir),
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ingest exited with ${code}: ${stderr}`)),
    ),
  );
}

interface IndexBuiltLog {
  msg?: string;
  source?: string;
  documents?: number;
}

/** Resolves with the "search index built" log line `npm start` writes once its index is ready. */
async function waitForIndex(server: ServeProcess): Promise<IndexBuiltLog> {
  for (;;) {
    const built = (server.logs as IndexBuiltLog[]).find((l) => l.msg === 'search index built');
    if (built) return built;
    if (server.child.exitCode !== null) throw new Error('the server exited before its index');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts `npm start` on `dataDir`, waits for its index, runs `work`, stops it. */
async function serve<T>(
  dataDir: string,
  work: (server: ServeProcess, built: IndexBuiltLog) => Promise<T>,
): Promise<T> {
  const server = await startServeProcess(environment(dataDir));
  try {
    return await work(server, await waitForIndex(server));
  } finally {
    assert.equal(await stopProcess(server.child), 0);
  }
}

describe('npm start keeps its search index beside the embedded store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'persisted-index-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds and saves it on the first start, loads it on the next, and rebuilds it after an ingestion or an outside change', async () => {
    await ingest(dataDir, ['2007-10-west-midlands-police.txt']);
    const before = await serve(dataDir, async (server, built) => {
      assert.equal(built.source, 'graph');
      return {
        ids: await searchItemIds(server.url, 'domestic abuse', { first: 50 }),
        documents: built.documents,
      };
    });
    assert.ok(before.ids.length > 0);
    assert.ok(existsSync(join(dataDir, searchIndexFile)));

    await serve(dataDir, async (server, built) => {
      assert.equal(built.source, 'file');
      assert.equal(built.documents, before.documents);
      assert.deepEqual(
        await searchItemIds(server.url, 'domestic abuse', { first: 50 }),
        before.ids,
      );
      // Only the Thames Valley report names Milton Keynes: not ingested yet.
      assert.deepEqual(await searchItemIds(server.url, 'Milton Keynes', { first: 50 }), []);
    });

    // An ingestion replaces the store's change marker: the saved index is stale, never used.
    await ingest(dataDir, ['2007-10-thames-valley-police.txt']);
    const grown = await serve(dataDir, async (server, built) => {
      assert.equal(built.source, 'graph');
      assert.ok(built.documents! > before.documents!);
      assert.ok((await searchItemIds(server.url, 'Milton Keynes', { first: 50 })).length > 0);
      return built.documents;
    });

    // A marker changed by anything else (a restored backup, a write by another tool) too.
    writeFileSync(join(dataDir, 'graph.lbug.changes'), 'another marker\n');
    await serve(dataDir, async (server, built) => {
      assert.equal(built.source, 'graph');
      assert.equal(built.documents, grown);
      assert.ok((await searchItemIds(server.url, 'Milton Keynes', { first: 50 })).length > 0);
    });

    // A damaged file is ignored and replaced.
    writeFileSync(join(dataDir, searchIndexFile), '{"not an index":');
    await serve(dataDir, async (_server, built) => assert.equal(built.source, 'graph'));
    await serve(dataDir, async (_server, built) => assert.equal(built.source, 'file'));
  });
});

describe('npm start is ready only once its search index is loaded or built', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'readiness-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers /readyz 503 while the index is still being read, then 200', async () => {
    await ingest(dataDir, ['2007-10-west-midlands-police.txt']);
    // A saved index that takes as long as the test wants to read: a named pipe, which the
    // server cannot open until this test opens it to write.
    const file = join(dataDir, searchIndexFile);
    execFileSync('mkfifo', [file]);
    const server = await startServeProcess(environment(dataDir));
    try {
      const readyz = server.url.replace(/\/graphql$/, '/readyz');
      assert.equal((await fetch(readyz)).status, 503);
      // The store answers meanwhile; a balancer would still send no traffic here.
      const forces = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ forces { id } }' }),
      });
      assert.equal(forces.status, 200);
      assert.deepEqual(await (await fetch(readyz)).json(), { status: 'unavailable' });

      // Opened for writing, the pipe lets the server's read go on, and it finds no index there
      // (a pipe cannot be read from an offset): it builds one from the graph, then is ready.
      await (await open(file, 'w')).close();
      assert.equal((await waitForIndex(server)).source, 'graph');
      await waitForReady(server.url);
      assert.deepEqual(await (await fetch(readyz)).json(), { status: 'ready' });
      assert.ok((await searchItemIds(server.url, 'domestic abuse')).length > 0);
    } finally {
      assert.equal(await stopProcess(server.child), 0);
    }
  });
});
