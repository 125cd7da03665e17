import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { explorerBuildDir } from '../../src/paths.js';
import {
  createExplorerHandler,
  explorerContentSecurityPolicy,
} from '../../src/server/explorer/explorer-handler.js';

interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves only the explorer handler, on an ephemeral 127.0.0.1 port. */
async function startExplorerOnly(): Promise<StaticServer> {
  const explorer = createExplorerHandler({ dir: explorerBuildDir });
  const server: Server = createServer((req, res) => {
    if (!explorer(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('explorer page over HTTP', () => {
  let server: StaticServer;
  before(async () => {
    server = await startExplorerOnly();
  });
  after(async () => {
    await server.close();
  });

  it('serves the page at /explore, whatever the query string, with a self-only CSP', async () => {
    for (const path of ['/explore', '/explore/', '/explore?focus=initiative%2Fx']) {
      const page = await fetch(`${server.origin}${path}`);
      assert.equal(page.status, 200, path);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(page.headers.get('cache-control'), 'no-cache');
      assert.equal(page.headers.get('content-security-policy'), explorerContentSecurityPolicy);
      const html = await page.text();
      assert.doesNotMatch(html, /https?:\/\//, 'the page names no other origin');
      assert.match(html, /aria-label="Visible nodes"/);
    }
    assert.match(explorerContentSecurityPolicy, /default-src 'none'; script-src 'self';/);
    assert.doesNotMatch(explorerContentSecurityPolicy, /unsafe/);
  });

  it('serves the bundled script and stylesheet the page names, cached for good', async () => {
    const html = await (await fetch(`${server.origin}/explore`)).text();
    const urls = [...html.matchAll(/(?:src|href)="(\/explore\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    assert.equal(urls.length, 2);
    for (const url of urls) {
      assert.match(url, /^\/explore\/assets\/explorer-[A-Z0-9]+\.(js|css)$/);
      const asset = await fetch(`${server.origin}${url}`);
      assert.equal(asset.status, 200, url);
      assert.equal(
        asset.headers.get('content-type'),
        url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      const body = await asset.text();
      assert.equal(body, readFileSync(join(explorerBuildDir, url.split('/').pop()!), 'utf8'));
    }
  });

  it('serves nothing but the build', async () => {
    for (const path of [
      '/explore/assets/',
      '/explore/assets/index.html',
      '/explore/assets/../../package.json',
      '/explore/assets/%2E%2E%2Fpackage.json',
      '/explore/assets/main.ts',
    ])
      assert.equal((await fetch(`${server.origin}${path}`)).status, 404, path);
  });
});
