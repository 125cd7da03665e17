import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExampleOperation } from './examples.js';
import { ideStartScript, ideStylesheet } from './ide-client.js';
import { createIdeAsset, loadPackageAssets, sendIdeAsset, type IdeAsset } from './ide-assets.js';
import { idePageContentSecurityPolicy, renderIdePage } from './ide-page.js';
import { prefersHtml } from './prefers-html.js';

/** Where the IDE's files are served; only the names registered in the handler are. */
export const ideAssetsPath = '/ide/assets/';

export interface IdeHandlerOptions {
  /** The GraphQL path: a browser visiting it gets the IDE, which posts operations back to it. */
  endpoint: string;
  /** Example operations, opened as tabs on a first visit. */
  examples: readonly ExampleOperation[];
}

/** Handles a request if it belongs to the IDE and returns true; otherwise leaves it alone. */
export type IdeHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

function sendPage(res: ServerResponse, page: Buffer): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', page.length);
  // The page embeds the current examples and asset versions, so browsers must revalidate it.
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', idePageContentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Vary', 'Accept');
  res.end(page);
}

function sendNotFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found\n');
}

/**
 * Serves the offline GraphQL IDE: `GET <endpoint>` from a browser (HTML preferred, no `query`
 * parameter, so GET operations still reach GraphQL) gets the GraphiQL page, and
 * `GET /ide/assets/<name>` gets one of its bundled files. Every file is read from
 * `node_modules` once, here, so a missing package fails at start-up.
 */
export function createIdeHandler(options: IdeHandlerOptions): IdeHandler {
  const assets = new Map<string, IdeAsset>(
    [
      ...loadPackageAssets(),
      createIdeAsset('ide.css', 'text/css; charset=utf-8', ideStylesheet),
      createIdeAsset('ide-start.js', 'text/javascript; charset=utf-8', ideStartScript),
    ].map((asset) => [asset.name, asset]),
  );
  const assetUrl = (name: string): string =>
    `${ideAssetsPath}${name}?v=${assets.get(name)!.version}`;
  const page = Buffer.from(
    renderIdePage({
      endpoint: options.endpoint,
      examples: options.examples,
      stylesheets: ['graphiql.min.css', 'ide.css'].map(assetUrl),
      scripts: [
        'react.production.min.js',
        'react-dom.production.min.js',
        'graphiql.min.js',
        'ide-start.js',
      ].map(assetUrl),
    }),
    'utf8',
  );

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', 'http://ide.invalid');
    if (url.pathname.startsWith(ideAssetsPath)) {
      const asset = assets.get(url.pathname.slice(ideAssetsPath.length));
      if (asset === undefined) sendNotFound(res);
      else sendIdeAsset(req, res, asset);
      return true;
    }
    if (
      url.pathname === options.endpoint &&
      !url.searchParams.has('query') &&
      prefersHtml(req.headers.accept)
    ) {
      sendPage(res, page);
      return true;
    }
    return false;
  };
}
