import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { projectRoot, schemaDir } from '../../src/paths.js';
import {
  exampleNameFromFile,
  loadExampleOperations,
  type ExampleOperation,
} from '../../src/server/ide/examples.js';
import { createIdeHandler } from '../../src/server/ide/ide-handler.js';
import { serializeJsonForHtml } from '../../src/server/ide/ide-page.js';
import { prefersHtml } from '../../src/server/ide/prefers-html.js';
import { handleGraphQLRequest } from '../support/apollo-http.js';
import { browserSkipMessage, isLocalUrl, launchChromium } from '../support/chromium.js';

if (browserSkipMessage !== undefined) console.log(browserSkipMessage);

/** A stand-in API, so these tests do not depend on the real schema being built elsewhere. */
const typeDefs = 'type Query { forces: [Force!]! } type Force { id: ID! name: String! }';
const forces = [
  { id: 'avon-and-somerset-constabulary', name: 'Avon and Somerset Constabulary' },
  { id: 'thames-valley-police', name: 'Thames Valley Police' },
];

const browserLikeAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Examples for the stand-in API; the second hides markup that must not escape its JSON block. */
const testExamples: ExampleOperation[] = [
  {
    name: 'ForceIds',
    query: '# Which forces exist?\nquery ForceIds {\n  forces {\n    id\n  }\n}\n',
  },
  {
    name: 'ForceNames',
    query:
      '# What is each force called? </script><script src="/x.js"></script><!--\nquery ForceNames {\n  forces {\n    id\n    name\n  }\n}\n',
  },
];

interface TestServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the IDE handler and a real Apollo Server on an ephemeral 127.0.0.1 port. */
async function startTestServer(examples: readonly ExampleOperation[]): Promise<TestServer> {
  const apollo = new ApolloServer({
    schema: buildSchema(typeDefs),
    rootValue: { forces: () => forces },
    // Without our page Apollo would offer its CDN-hosted landing page; never let that pass a test.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const ide = createIdeHandler({ endpoint: '/graphql', examples });
  const server: Server = createServer((req, res) => {
    if (ide(req, res)) return;
    if (new URL(req.url ?? '/', 'http://test.invalid').pathname === '/graphql') {
      handleGraphQLRequest(apollo, req, res).catch((error: unknown) => res.destroy(error as Error));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers } });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** A GET that leaves the body as sent (fetch would undo the gzip under test). */
function getRaw(url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const fetchedHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') fetchedHeaders.set(name, value);
        }
        resolve({
          status: response.statusCode ?? 0,
          headers: fetchedHeaders,
          body: Buffer.concat(chunks),
        });
      });
    }).on('error', reject);
  });
}

function embeddedConfig(html: string): unknown {
  const match = /<script id="ide-config" type="application\/json">(.*?)<\/script>/s.exec(html);
  assert.ok(match, 'page holds the config block');
  return JSON.parse(match[1]!);
}

function operationsOf(query: string): OperationDefinitionNode[] {
  return parse(query).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
}

describe('prefersHtml', () => {
  const cases: [string | undefined, boolean][] = [
    [browserLikeAccept, true],
    ['text/html', true],
    ['*/*', false],
    [undefined, false],
    ['application/json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/json, text/html', false],
    ['text/html, application/json', true],
    ['application/json;q=0.5, text/html', true],
    ['text/html;q=0', false],
  ];
  for (const [accept, expected] of cases) {
    it(`answers ${String(expected)} for Accept: ${String(accept)}`, () => {
      assert.equal(prefersHtml(accept), expected);
    });
  }
});

describe('serializeJsonForHtml', () => {
  it('leaves no character that could end a script block or open a comment', () => {
    const value = { query: '</script><!-- & \u2028' };
    const serialized = serializeJsonForHtml(value);
    assert.doesNotMatch(serialized, /[<>&\u2028]/);
    assert.deepEqual(JSON.parse(serialized), value);
  });
});

describe('example operations', () => {
  it('names an example after its file, without the ordering prefix', () => {
    assert.equal(exampleNameFromFile('01-forces-and-reports.graphql'), 'ForcesAndReports');
    assert.equal(exampleNameFromFile('grades_by_theme.graphql'), 'GradesByTheme');
  });

  it('loads the examples, each one named operation that starts with a comment saying what it answers', async () => {
    const examples = await loadExampleOperations(join(schemaDir, 'examples'));
    // One per relational question plus the basics: enough to learn the schema from, few enough to scan.
    assert.ok(examples.length >= 3 && examples.length <= 20, `found ${examples.length} examples`);
    for (const example of examples) {
      const operations = operationsOf(example.query);
      assert.equal(operations.length, 1, `${example.name} holds one operation`);
      // GraphiQL titles the tab by the operation name, so it must match the file.
      assert.equal(operations[0]!.name?.value, example.name);
      assert.match(example.query, /^# \S.*\?\n/, `${example.name} starts with a question comment`);
    }
  });

  const schemaFile = join(schemaDir, 'schema.graphql');
  it(
    'validates every example against the emitted schema',
    { skip: existsSync(schemaFile) ? false : 'schema/schema.graphql is not emitted yet' },
    async () => {
      const schema = buildSchema(await readFile(schemaFile, 'utf8'));
      for (const example of await loadExampleOperations(join(schemaDir, 'examples'))) {
        const errors = validate(schema, parse(example.query)).map((error) => error.message);
        assert.deepEqual(errors, [], `${example.name} is valid`);
      }
    },
  );
});

describe('IDE handler over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(testExamples);
  });
  after(async () => {
    await server.close();
  });

  it('serves the IDE page to a browser visiting /graphql, with a self-only CSP', async () => {
    const page = await get(`${server.origin}/graphql`, { accept: browserLikeAccept });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    const html = page.body.toString('utf8');
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org)/, 'the page names no other origin');
    assert.deepEqual(embeddedConfig(html), { endpoint: '/graphql', examples: testExamples });
  });

  it('answers HEAD for the page with its headers and no body', async () => {
    const head = await fetch(`${server.origin}/graphql`, {
      method: 'HEAD',
      headers: { accept: browserLikeAccept },
    });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal((await head.arrayBuffer()).byteLength, 0);
  });

  it('keeps example text that contains </script> inside the config block', async () => {
    const html = (
      await get(`${server.origin}/graphql`, { accept: browserLikeAccept })
    ).body.toString('utf8');
    assert.equal(html.match(/<script/g)?.length, 5, 'one config block and four script tags open');
    assert.equal(html.match(/<\/script>/g)?.length, 5, 'and close');
    assert.equal(html.match(/<!--/g), null);
  });

  it('leaves GraphQL requests to Apollo: JSON clients, GET operations and POSTs', async () => {
    const json = await get(`${server.origin}/graphql`, { accept: 'application/json' });
    assert.equal(json.status, 400, 'Apollo rejects a GET without a query');
    const getOperation = await get(
      `${server.origin}/graphql?query=${encodeURIComponent('{ forces { id } }')}`,
      {
        accept: browserLikeAccept,
        'apollo-require-preflight': 'true',
      },
    );
    assert.equal(getOperation.status, 200);
    assert.deepEqual(JSON.parse(getOperation.body.toString('utf8')), {
      data: { forces: forces.map(({ id }) => ({ id })) },
    });
    const post = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: browserLikeAccept },
      body: JSON.stringify({ query: '{ forces { name } }' }),
    });
    assert.deepEqual(await post.json(), { data: { forces: forces.map(({ name }) => ({ name })) } });
  });

  it('serves each bundled asset with its content type and a long-lived, revalidatable cache', async () => {
    const html = (
      await get(`${server.origin}/graphql`, { accept: browserLikeAccept })
    ).body.toString('utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    assert.equal(urls.length, 6);
    for (const url of urls) {
      assert.match(url, /^\/ide\/assets\/[\w.-]+\?v=[\w-]+$/);
      const asset = await get(`${server.origin}${url}`);
      assert.equal(asset.status, 200, url);
      assert.equal(
        asset.headers.get('content-type'),
        url.includes('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      const etag = asset.headers.get('etag') ?? '';
      const revalidated = await get(`${server.origin}${url}`, {
        'if-none-match': `"other", W/${etag}`,
      });
      assert.equal(revalidated.status, 304, 'a listed weak ETag matches');
    }
  });

  it('gzips an asset for a client that accepts it', async () => {
    const plain = await get(`${server.origin}/ide/assets/graphiql.min.js`);
    const zipped = await getRaw(`${server.origin}/ide/assets/graphiql.min.js`, {
      'accept-encoding': 'gzip, br',
    });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.ok(zipped.body.length < plain.body.length / 2);
    assert.deepEqual(gunzipSync(zipped.body), plain.body);
  });

  it('serves nothing but the listed assets', async () => {
    for (const path of [
      '/ide/assets/package.json',
      '/ide/assets/../../package.json',
      '/ide/assets/..%2F..%2Fpackage.json',
      '/ide/assets/graphiql.js',
      '/ide/assets/',
    ]) {
      assert.equal((await get(`${server.origin}${path}`)).status, 404, path);
    }
  });
});

/** What a GraphiQL 4 editor (CodeMirror 5) holds; GraphiQL keeps the operation name on it. */
interface EditorState {
  value: string;
  operationName: string | null;
}

function readEditor(editor: Locator): Promise<EditorState> {
  return editor.evaluate((element) => {
    const codeMirror = (
      element as unknown as { CodeMirror: { getValue(): string; operationName?: string | null } }
    ).CodeMirror;
    return { value: codeMirror.getValue(), operationName: codeMirror.operationName ?? null };
  });
}

/**
 * Polls an editor until `done` holds. From Node, because the page's CSP (rightly) refuses the
 * string evaluation `page.waitForFunction` would need.
 */
async function waitForEditor(
  editor: Locator,
  done: (state: EditorState) => boolean,
): Promise<EditorState> {
  const deadline = Date.now() + 10_000;
  let state = await readEditor(editor);
  while (!done(state) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await readEditor(editor);
  }
  return state;
}

describe('IDE in headless Chromium', { skip: browserSkipMessage ?? false, timeout: 60_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    server = await startTestServer(testExamples);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
    // Offline but for our server: anything else fails, as it would with no internet access.
    await context.route('**/*', (route) =>
      isLocalUrl(route.request().url(), [server.origin])
        ? route.continue()
        : route.abort('internetdisconnected'),
    );
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => {
      if (!isLocalUrl(request.url(), [server.origin])) foreignRequests.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // CSP violations and failed loads are reported as console errors.
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${server.origin}/graphql`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the schema in the doc explorer', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor();
    await docs.getByText('Query', { exact: true }).click();
    await docs.locator('.graphiql-doc-explorer-field-name', { hasText: 'forces' }).waitFor();
  });

  it('opens the examples as tabs, with their text intact', async () => {
    const titles = await page.locator('.graphiql-tab-button').allTextContents();
    assert.deepEqual(titles, ['ForceIds', 'ForceNames']);
    await page.locator('.graphiql-tab-button', { hasText: 'ForceNames' }).click();
    const editor = await readEditor(page.locator('.graphiql-query-editor .CodeMirror'));
    assert.equal(editor.value, testExamples[1]!.query);
  });

  it('runs the selected example and shows the result', async () => {
    await page.locator('.graphiql-tab-button', { hasText: 'ForceNames' }).click();
    // GraphiQL learns the operation name from the editor 100 ms after a change (debounced);
    // running before then would send the previous tab's name.
    const query = await waitForEditor(
      page.locator('.graphiql-query-editor .CodeMirror'),
      (state) => state.operationName === 'ForceNames',
    );
    assert.equal(query.operationName, 'ForceNames');
    await page.locator('.graphiql-execute-button').click();
    const response = await waitForEditor(
      page.locator('.graphiql-response .CodeMirror'),
      (state) => state.value !== '',
    );
    assert.deepEqual(JSON.parse(response.value), { data: { forces } });
    await mkdir(join(projectRoot, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, '.tmp', 'ide.png') });
  });

  it('loads nothing from other origins and logs no errors (no CSP violations)', async () => {
    // Dialogs inject a <style> element: the case the CSP's style-src 'unsafe-inline' is for.
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});
