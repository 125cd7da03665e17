import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { ConfigError } from '../../src/config/config.js';
import { pino } from 'pino';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { startHttpServer } from '../../src/server/server.js';
import { openTestStore } from '../support/embedded-store.js';

const serveScript = fileURLToPath(new URL('../../src/cli/serve.js', import.meta.url));

/** Runs `npm start`'s entry point to its end; returns exit code and stderr. */
function runServe(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const inherited: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0' };
  delete inherited.NEO4J_URI;
  const child = spawn(process.execPath, [serveScript], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

function assertOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, pattern);
}

describe('start-up errors', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a QUERY_TIMEOUT_MS above REQUEST_TIMEOUT_MS in one line naming it', async () => {
    const { code, stderr } = await runServe({
      QUERY_TIMEOUT_MS: '30000',
      REQUEST_TIMEOUT_MS: '15000',
    });
    assert.equal(code, 1);
    assertOneLine(stderr, /^error: QUERY_TIMEOUT_MS: 30000 is above REQUEST_TIMEOUT_MS \(15000\)/);
  });

  it('names PORT when the port is taken (EADDRINUSE)', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const catalog = loadCatalog();
    const store = await openTestStore();
    try {
      await assert.rejects(
        startHttpServer({
          schema: await buildApiSchema(),
          store,
          queries: catalog.queries,
          logger: pino({ level: 'silent' }),
          port,
          host: '127.0.0.1',
          development: false,
          examples: [],
        }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.equal(error.setting, 'PORT');
          assert.match(error.message, new RegExp(`^PORT: ${port} is already in use .*EADDRINUSE`));
          assert.ok(!error.message.includes('\n'));
          return true;
        },
      );
    } finally {
      taken.close();
      await store.close();
    }
  });

  it('names DATA_DIR on a read-only file system in one line', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'readonly-data-'));
    dirs.push(dir);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]);
    if (mounted.status !== 0) {
      t.skip(
        'mounting a read-only tmpfs is not permitted here (needs root); DATA_DIR check not run',
      );
      return;
    }
    const { code, stderr } = await runServe({ DATA_DIR: join(dir, 'data') });
    assert.equal(code, 1);
    assertOneLine(
      stderr,
      /^error: DATA_DIR: .* (is on a read-only file system|cannot be created).*EROFS/,
    );
  });
});
