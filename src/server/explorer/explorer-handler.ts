import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { createIdeAsset, sendIdeAsset, type IdeAsset } from '../ide/ide-assets.js';

/** Where the explorer page is served. */
export const explorerPath = '/explore';
/** Where its bundled files are served; only the files of the build are. */
export const explorerAssetsPath = '/explore/assets/';

/**
 * The one inline style the page needs: cytoscape (3.x) puts
 * `<style>.__________cytoscape_container { position: relative; }</style>` into the head. Allowed
 * by its hash rather than by `'unsafe-inline'`; if a cytoscape upgrade changes the text, the
 * browser test sees the CSP violation.
 */
const cytoscapeStyleHash = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The page's Content-Security-Policy: everything from our own origin, no inline script. The
 * drawing library sets element styles from script, which a policy allows; exports are made
 * in the page (`blob:` and `data:` URLs for the PNG and SVG it offers to save).
 */
export const explorerContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${cytoscapeStyleHash}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // The licence notices of the bundled libraries, which the script links to.
  '.txt': 'text/plain; charset=utf-8',
};

/** Handles a request if it belongs to the explorer and returns true; otherwise leaves it alone. */
export type ExplorerHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The explorer build could not be read: the message says how to make it. */
export class ExplorerBuildMissingError extends Error {
  override readonly name = 'ExplorerBuildMissingError';
}

/**
 * Reads the explorer's build (`npm run build` bundles `explorer/` into `dir`): `index.html`
 * and the hashed script and stylesheet it names. Once, at start-up, so a missing build stops
 * the server there with a message instead of failing on the first page view.
 */
function readExplorerBuild(dir: string): { page: Buffer; assets: Map<string, IdeAsset> } {
  const index = join(dir, 'index.html');
  if (!existsSync(index))
    throw new ExplorerBuildMissingError(
      `the explorer page is not built (${index} is missing): run npm run build`,
    );
  const assets = new Map<string, IdeAsset>();
  for (const name of readdirSync(dir)) {
    const contentType = contentTypes[extname(name)];
    if (contentType === undefined) continue;
    assets.set(name, createIdeAsset(name, contentType, readFileSync(join(dir, name))));
  }
  return { page: readFileSync(index), assets };
}

function sendPage(res: ServerResponse, page: Buffer): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', page.length);
  // The page names the current build's hashed files, so browsers must revalidate it.
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', explorerContentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(page);
}

/**
 * Serves the graph explorer: `GET /explore` (any query string: `?focus=<id>` is read by the
 * page) gets its page, and `GET /explore/assets/<name>` one of its bundled files, kept in
 * memory and cached by browsers for good (the names carry a content hash).
 */
export function createExplorerHandler(options: { dir: string }): ExplorerHandler {
  const { page, assets } = readExplorerBuild(options.dir);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const { pathname } = new URL(req.url ?? '/', 'http://explorer.invalid');
    if (pathname === explorerPath || pathname === `${explorerPath}/`) {
      sendPage(res, page);
      return true;
    }
    if (!pathname.startsWith(explorerAssetsPath)) return false;
    const asset = assets.get(pathname.slice(explorerAssetsPath.length));
    if (asset === undefined) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found\n');
    } else sendIdeAsset(req, res, asset);
    return true;
  };
}
