import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  serveScript,
  startServeProcess,
  stopProcess as stop,
  type ServeProcess,
} from '../support/serve-process.js';

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.NEO4J_URI;
  return { ...inherited, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...extra };
}

/** Starts `npm start`'s entry point and resolves with its URL once it logs that it serves. */
function startServe(extra: Record<string, string>): Promise<ServeProcess> {
  return startServeProcess(environment(extra));
}

/** Runs the entry point to completion and returns its exit code and stderr. */
function runServe(extra: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [serveScript], {
    env: environment(extra),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

async function countJudgements(url: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ reports { judgements { id } } }' }),
  });
  const body = (await response.json()) as { data: { reports: { judgements: unknown[] }[] } };
  return body.data.reports.reduce((n, r) => n + r.judgements.length, 0);
}

describe('npm start (the serve entry point) as a real process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds an empty DATA_DIR, refuses a second process, stops on SIGTERM and keeps the graph', async () => {
    const first = await startServe({ DATA_DIR: dataDir });
    assert.ok(first.logs.some((l) => l.msg === 'graph was empty: ingested the seed reports'));
    const judgements = await countJudgements(first.url);
    assert.ok(judgements > 0);

    const second = await runServe({ DATA_DIR: dataDir });
    assert.equal(second.code, 1);
    assert.match(second.stderr, /^error: database in use: .* is locked by another process\n$/);

    assert.equal(await stop(first.child), 0);

    const again = await startServe({ DATA_DIR: dataDir });
    assert.ok(!again.logs.some((l) => l.msg === 'graph was empty: ingested the seed reports'));
    assert.equal(await countJudgements(again.url), judgements);
    assert.equal(await stop(again.child), 0);
  });

  it('exits non-zero with one line naming an invalid PORT', async () => {
    const { code, stderr } = await runServe({ DATA_DIR: dataDir, PORT: 'http' });
    assert.equal(code, 1);
    assert.equal(stderr, 'error: PORT: expected a whole number, got "http"\n');
  });

  it('exits non-zero with one line naming a DATA_DIR that is a file', async () => {
    const { code, stderr } = await runServe({ DATA_DIR: serveScript });
    assert.equal(code, 1);
    assert.match(stderr, /^error: DATA_DIR: .* exists and is not a directory\n$/);
  });

  it('exits non-zero with one line naming an unreachable NEO4J_URI after its retries', async () => {
    const { code, stderr } = await runServe({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_CONNECT_ATTEMPTS: '2',
      NEO4J_CONNECT_RETRY_MS: '10',
    });
    assert.equal(code, 1);
    assert.match(stderr, /^error: NEO4J_URI bolt:\/\/127\.0\.0\.1:1 unreachable after 2 attempts/);
    assert.equal(stderr.trim().split('\n').length, 1);
  });
});
