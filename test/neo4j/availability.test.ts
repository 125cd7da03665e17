import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jServer,
} from '../../tooling/neo4j-local/local-neo4j.js';
import {
  startServeProcess,
  stopProcess,
  waitForReady,
  type ServeProcess,
} from '../support/serve-process.js';

// Neo4j going down and coming back while the API runs on it. The shared server of the other
// Neo4j tests must stay up, so this file starts a server of its own (npm run neo4j:local's
// code, another home and port), seeds it, serves `npm start` on it, then stops and restarts
// that server under the running API.

const seedCommand = fileURLToPath(new URL('../../src/cli/seed.js', import.meta.url));

function settingsOf(server: LocalNeo4jServer): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
  };
}

async function askForces(
  url: string,
): Promise<{ status: number; codes: unknown[]; forces: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ forces { id } }' }),
  });
  const body = (await response.json()) as {
    data?: { forces?: unknown[] } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    codes: body.errors?.map((error) => error.extensions?.code) ?? [],
    forces: body.data?.forces?.length ?? 0,
  };
}

async function readyStatus(url: string): Promise<number> {
  return (await fetch(url.replace(/graphql$/, 'readyz'))).status;
}

/** Runs `probe` until it returns true or `ms` pass; returns the milliseconds it took. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the API on Neo4j while Neo4j stops and starts again', () => {
  const home = mkdtempSync(join(tmpdir(), 'neo4j-availability-'));
  let server: LocalNeo4jServer;
  let api: ServeProcess;
  before(async () => {
    server = await startLocalNeo4j({ home, heap: '512m' });
    const seeded = spawnSync(process.execPath, [seedCommand, '--target', 'neo4j'], {
      env: { ...settingsOf(server) },
      encoding: 'utf8',
    });
    assert.equal(seeded.status, 0, seeded.stderr);
    api = await startServeProcess({ ...settingsOf(server), LOG_LEVEL: 'info' });
  });
  after(async () => {
    if (api) await stopProcess(api.child);
    await stopLocalNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE and /readyz 503 within seconds of Neo4j stopping, and answers again once it is back, without a restart', async (t) => {
    const before = await askForces(api.url);
    assert.deepEqual([before.status, before.codes], [200, []]);
    assert.ok(before.forces > 0);
    await waitForReady(api.url); // the search index is built after the server listens
    assert.equal(await readyStatus(api.url), 200);

    await stopLocalNeo4j(home, { keepData: true });
    const asked = Date.now();
    const down = await askForces(api.url);
    const answeredInMs = Date.now() - asked;
    assert.deepEqual(down.codes, ['SERVICE_UNAVAILABLE']);
    assert.ok(answeredInMs < 5000, `SERVICE_UNAVAILABLE after ${answeredInMs} ms`);
    const notReadyInMs = await within(5000, async () => (await readyStatus(api.url)) === 503);

    const restarted = Date.now();
    await startLocalNeo4j({ home, port: server.port, password: server.password, heap: '512m' });
    const serverBackInMs = Date.now() - restarted;
    const answersAgainInMs = await within(
      30_000,
      async () => (await askForces(api.url)).forces === before.forces,
    );
    assert.equal(await readyStatus(api.url), 200);
    t.diagnostic(
      `Neo4j stopped: SERVICE_UNAVAILABLE in ${answeredInMs} ms, /readyz 503 within ${notReadyInMs} ms; restarted in ${serverBackInMs} ms, API answering ${answersAgainInMs} ms later`,
    );
  });
});
