import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the IDE page loads from our own server: read once, kept in memory. */
export interface IdeAsset {
  /** The file name under the assets path, e.g. `graphiql.min.js`. */
  name: string;
  contentType: string;
  body: Buffer;
  /** A content hash: the strong ETag and the cache-busting `?v=` of the asset's URL. */
  version: string;
  /** Filled on the first request that accepts gzip. */
  gzipped?: Buffer;
}

const javascript = 'text/javascript; charset=utf-8';
const css = 'text/css; charset=utf-8';

/**
 * The browser builds the IDE needs, by package and path inside it. GraphiQL's UMD bundle
 * expects React 18 and ReactDOM as globals (it reads `window.React`, `window.ReactDOM`) and
 * bundles its own doc explorer and history plugins; its CSS inlines its fonts as data URIs,
 * so nothing is fetched from elsewhere.
 */
const packageFiles = [
  {
    name: 'react.production.min.js',
    packageName: 'react',
    path: 'umd/react.production.min.js',
    contentType: javascript,
  },
  {
    name: 'react-dom.production.min.js',
    packageName: 'react-dom',
    path: 'umd/react-dom.production.min.js',
    contentType: javascript,
  },
  {
    name: 'graphiql.min.js',
    packageName: 'graphiql',
    path: 'graphiql.min.js',
    contentType: javascript,
  },
  { name: 'graphiql.min.css', packageName: 'graphiql', path: 'graphiql.min.css', contentType: css },
] as const;

/** Wraps in-memory content as an asset. */
export function createIdeAsset(name: string, contentType: string, body: string | Buffer): IdeAsset {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const version = createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
  return { name, contentType, body: bytes, version };
}

/**
 * Reads GraphiQL, React and ReactDOM's browser builds from `node_modules`. Resolved through
 * each package's `package.json` export, because none of them exports its UMD files.
 * Synchronous on purpose: it runs once at start-up, and a missing package should stop the
 * server there rather than on the first page view.
 */
export function loadPackageAssets(): IdeAsset[] {
  const require = createRequire(import.meta.url);
  return packageFiles.map((file) => {
    const packageDir = dirname(require.resolve(`${file.packageName}/package.json`));
    return createIdeAsset(file.name, file.contentType, readFileSync(join(packageDir, file.path)));
  });
}

/** True when the `Accept-Encoding` header admits gzip (and does not refuse it with q=0). */
function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** True when an `If-None-Match` header lists `etag` (weak or strong) or is `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * Sends an asset with headers that let browsers keep it: its URL carries the content hash, so
 * a changed file gets a new URL and the old one may be cached for good. Answers a matching
 * `If-None-Match` with 304, and gzips for clients that accept it (GraphiQL's bundle is 1 MB).
 */
export function sendIdeAsset(req: IncomingMessage, res: ServerResponse, asset: IdeAsset): void {
  const etag = `"${asset.version}"`;
  res.setHeader('Content-Type', asset.contentType);
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  let body = asset.body;
  if (acceptsGzip(req)) {
    asset.gzipped ??= gzipSync(asset.body);
    body = asset.gzipped;
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
