import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { StoreUnavailableError } from '../../../src/graph/errors.js';
import {
  openEmbeddedStore,
  type EmbeddedStoreOptions,
} from '../../../src/graph/embedded/embedded-store.js';
import { testBufferPoolBytes, testMaxDbBytes } from '../../support/embedded-store.js';

const schema = ['CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING)'];
const insertForce = {
  name: 'test/insert-force',
  text: 'MERGE (f:Force {id: $id}) SET f.name = $name',
};
const forceNames = {
  name: 'test/force-names',
  text: 'MATCH (f:Force) RETURN f.name AS name ORDER BY name',
};

function fileOptions(
  path: string,
  extra: Partial<EmbeddedStoreOptions> = {},
): EmbeddedStoreOptions {
  return {
    path,
    schemaStatements: schema,
    readConnections: 1,
    bufferPoolBytes: testBufferPoolBytes,
    maxDbBytes: testMaxDbBytes,
    ...extra,
  };
}

/** Runs a second Node process that opens `path` through the compiled adapter and reports how that went. */
function openInChildProcess(path: string): Promise<{ name: string; message: string }> {
  const adapterUrl = new URL('../../../src/graph/embedded/embedded-store.js', import.meta.url).href;
  const script = `
    const { openEmbeddedStore } = await import(${JSON.stringify(adapterUrl)});
    try {
      const store = await openEmbeddedStore(${JSON.stringify(fileOptions(path))});
      await store.close();
      console.log(JSON.stringify({ name: 'opened', message: '' }));
    } catch (error) {
      console.log(JSON.stringify({ name: error.name, message: error.message }));
    }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stdout.trim()) as { name: string; message: string });
      } catch {
        reject(new Error(`child exited with ${code}: ${stdout} ${stderr}`));
      }
    });
  });
}

describe('openEmbeddedStore', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-open-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a missing parent folder and keeps committed rows across close and reopen', async () => {
    const path = join(dir, 'nested', 'data', 'graph.lbug');
    const store = await openEmbeddedStore(fileOptions(path));
    await store.applySchema();
    await store.writeTransaction((tx) => tx.run(insertForce, { id: 'kent', name: 'Kent Police' }));
    await store.close();
    assert.ok(existsSync(path));

    const reopened = await openEmbeddedStore(fileOptions(path));
    try {
      assert.deepEqual(await reopened.read(forceNames), [{ name: 'Kent Police' }]);
    } finally {
      await reopened.close();
    }
  });

  it('refuses a path that is a directory and names it', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    await assert.rejects(openEmbeddedStore(fileOptions(folder)), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError);
      assert.match(error.message, /is a directory/);
      assert.ok(error.message.includes(folder));
      return true;
    });
  });

  it('refuses to open a file this process already has open, however the path is spelt', async () => {
    const path = join(dir, 'twice.lbug');
    const store = await openEmbeddedStore(fileOptions(path));
    try {
      await assert.rejects(openEmbeddedStore(fileOptions(path)), (error: unknown) => {
        assert.ok(error instanceof StoreUnavailableError);
        assert.match(error.message, /already open in this process/);
        return true;
      });
      const otherSpelling = relative(process.cwd(), join(dir, 'x', '..', 'twice.lbug'));
      await assert.rejects(
        openEmbeddedStore(fileOptions(otherSpelling)),
        /already open in this process/,
      );
    } finally {
      await store.close();
    }
    const again = await openEmbeddedStore(fileOptions(path));
    await again.close();
  });

  it('reports a file locked by another process as "database in use"', async () => {
    const path = join(dir, 'locked.lbug');
    const store = await openEmbeddedStore(fileOptions(path));
    try {
      const outcome = await openInChildProcess(path);
      assert.equal(outcome.name, 'StoreUnavailableError');
      assert.equal(outcome.message, `database in use: ${path} is locked by another process`);
    } finally {
      await store.close();
    }
  });

  it('opens an existing file read-only and refuses writes and schema changes on it', async () => {
    const path = join(dir, 'read-only.lbug');
    const writable = await openEmbeddedStore(fileOptions(path));
    await writable.applySchema();
    await writable.writeTransaction((tx) =>
      tx.run(insertForce, { id: 'essex', name: 'Essex Police' }),
    );
    await writable.close();

    const store = await openEmbeddedStore(fileOptions(path, { readOnly: true }));
    try {
      assert.deepEqual(await store.read(forceNames), [{ name: 'Essex Police' }]);
      await assert.rejects(
        store.writeTransaction(async () => 1),
        StoreUnavailableError,
      );
      await assert.rejects(store.applySchema(), StoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('answers ping while open, and close is idempotent and ends further use', async () => {
    const store = await openEmbeddedStore(fileOptions(':memory:'));
    await store.ping();
    await Promise.all([store.close(), store.close()]);
    await store.close();
    await assert.rejects(store.ping(), StoreUnavailableError);
    await assert.rejects(store.read(forceNames), StoreUnavailableError);
    await assert.rejects(
      store.writeTransaction(async () => 1),
      StoreUnavailableError,
    );
  });

  it('lets close wait for a running write transaction to commit', async () => {
    const path = join(dir, 'close-waits.lbug');
    const store = await openEmbeddedStore(fileOptions(path));
    await store.applySchema();
    let closed = false;
    let closing: Promise<void> | undefined;
    await store.writeTransaction(async (tx) => {
      closing = store.close().then(() => {
        closed = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(closed, false);
      await tx.run(insertForce, { id: 'surrey', name: 'Surrey Police' });
    });
    await closing;
    assert.equal(closed, true);
    const reopened = await openEmbeddedStore(fileOptions(path));
    try {
      assert.deepEqual(await reopened.read(forceNames), [{ name: 'Surrey Police' }]);
    } finally {
      await reopened.close();
    }
  });
});
