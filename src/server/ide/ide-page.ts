import type { ExampleOperation } from './examples.js';

/** What the IDE page needs to know: where GraphQL is, what to show, and where its files are. */
export interface IdePageOptions {
  /** The same-origin GraphQL path the IDE sends operations to, e.g. `/graphql`. */
  endpoint: string;
  examples: readonly ExampleOperation[];
  /** URLs of the stylesheets, in load order. */
  stylesheets: readonly string[];
  /** URLs of the scripts, in load order; the last one starts the IDE. */
  scripts: readonly string[];
}

/**
 * The page's Content-Security-Policy. Everything comes from our own origin: scripts are files
 * (the page's data travels as inert JSON, never as inline script). Styles need
 * `'unsafe-inline'` because GraphiQL's dialogs (Radix, via react-remove-scroll) inject a
 * `<style>` element; fonts and icons are `data:` URIs inside GraphiQL's CSS.
 */
export const idePageContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Serialises data for a `<script type="application/json">` block. Escaping `<`, `>` and `&`
 * as JSON unicode escapes means no example text (say, a comment holding `</script>`) can
 * close the block or open an HTML comment; U+2028/2029 are escaped for older parsers.
 */
export function serializeJsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Renders the HTML page that hosts GraphiQL. */
export function renderIdePage(options: IdePageOptions): string {
  const config = serializeJsonForHtml({
    endpoint: options.endpoint,
    examples: options.examples.map((example) => ({ name: example.name, query: example.query })),
  });
  const links = options.stylesheets.map(
    (href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`,
  );
  const scripts = options.scripts.map(
    (src) => `    <script src="${escapeHtml(src)}" defer></script>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <title>Inspection graph · GraphiQL</title>',
    ...links,
    `    <script id="ide-config" type="application/json">${config}</script>`,
    ...scripts,
    '  </head>',
    '  <body>',
    '    <div id="graphiql">',
    '      <noscript>The GraphQL IDE needs JavaScript. The API itself answers POST requests at this address.</noscript>',
    '    </div>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
