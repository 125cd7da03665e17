import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { explorerBuildDir, projectRoot } from '../../src/paths.js';
import {
  createExplorerHandler,
  explorerContentSecurityPolicy,
} from '../../src/server/explorer/explorer-handler.js';
import { startTestApi, type TestApi } from '../support/api-server.js';
import { browserSkipMessage, isLocalUrl, launchChromium } from '../support/chromium.js';

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

/** What the test reads of a canvas in the page (the project's tsconfig has no DOM types). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
  };
}

/** Reads the number of options of the Visible nodes list. */
async function visibleCount(page: Page): Promise<number> {
  return page.getByRole('listbox', { name: 'Visible nodes' }).getByRole('option').count();
}

/** WCAG 2 contrast ratio of a `#rrggbb` colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** The values of the options of the select named `name`. */
function optionValues(page: Page, name: string): Promise<string[]> {
  return page
    .getByRole('combobox', { name, exact: true })
    .locator('option')
    .evaluateAll((options) =>
      options.map((option) => (option as unknown as { value: string }).value),
    );
}

/** How many drawings the page has finished so far. */
function drawCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('explorer:draw').length);
}

/** The names in the Visible nodes list, each followed by its type. */
function visibleNames(page: Page): Promise<string[]> {
  return page.getByRole('listbox', { name: 'Visible nodes' }).getByRole('option').allTextContents();
}

/** Waits until the status line matches `pattern` (the page says there what it last did). */
async function untilStatus(page: Page, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = (await page.getByRole('status').textContent()) ?? '';
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`status "${text}" never matched ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Empties the canvas and waits until the page says so. */
async function clearCanvas(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Clear' }).click();
  await untilStatus(page, /^Cleared\./);
}

/** Waits until the status line reports a finished drawing newer than `previous`. */
async function waitForDrawing(page: Page, previous = 0): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const draws = await drawCount(page);
    if (draws > previous) return draws;
    if (Date.now() > deadline) throw new Error('the explorer did not draw');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A page on another local port that calls the API with fetch and writes the outcome as its title. */
async function startForeignPage(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const api = new URL(req.url ?? '/', 'http://foreign.invalid').searchParams.get('api') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>waiting</title><script>
fetch(${JSON.stringify(api)}, { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ forces { id } }' }) })
  .then((response) => response.json())
  .then((body) => { document.title = 'answered ' + body.data.forces.length; })
  .catch((error) => { document.title = 'failed ' + error.name; });
</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function titleOnceSettled(page: Page): Promise<string> {
  const deadline = Date.now() + 20_000;
  let title = await page.title();
  while (title === 'waiting' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    title = await page.title();
  }
  return title;
}

const mash = 'initiative/multi-agency-safeguarding-hub';

describe(
  'explorer in headless Chromium',
  { skip: browserSkipMessage ?? false, timeout: 180_000 },
  () => {
    let api: TestApi;
    let narrowApi: TestApi;
    let foreign: StaticServer;
    let browser: Browser;
    let page: Page;
    const foreignRequests: string[] = [];
    const pageErrors: string[] = [];
    const graphqlRequests: string[] = [];

    before(async () => {
      api = await startTestApi();
      narrowApi = await startTestApi({
        seededStore: api.store,
        corsOrigins: ['http://localhost:9'],
      });
      foreign = await startForeignPage();
      browser = await launchChromium();
      const context = await browser.newContext({
        viewport: { width: 1400, height: 850 },
        acceptDownloads: true,
      });
      const origins = [api.server.url, narrowApi.server.url, foreign.origin];
      // Offline but for our servers: anything else fails, as it would with no internet access.
      await context.route('**/*', (route) =>
        isLocalUrl(route.request().url(), origins)
          ? route.continue()
          : route.abort('internetdisconnected'),
      );
      page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.on('request', (request) => {
        if (!isLocalUrl(request.url(), [api.server.url])) foreignRequests.push(request.url());
        if (request.url().endsWith('/graphql')) graphqlRequests.push(request.postData() ?? '');
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // CSP violations and failed loads are reported as console errors.
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(`${api.server.url}/explore?focus=${encodeURIComponent(mash)}`);
      await waitForDrawing(page);
    });

    after(async () => {
      await browser?.close();
      await foreign?.close();
      await narrowApi?.close();
      await api?.close();
    });

    it('starts from the MASH with its partners, in the Visible nodes list and on the canvas', async () => {
      const names = await visibleNames(page);
      assert.ok(
        names.some((name) => name.startsWith('MASH')),
        names.join(' | '),
      );
      for (const partner of ["Children's services", 'Adult social services'])
        assert.ok(
          names.some((name) => name.startsWith(partner)),
          `${partner} in ${names.join(' | ')}`,
        );
      // Something is painted: the drawing canvases hold opaque pixels.
      const painted = await page.locator('#canvas canvas').evaluateAll((canvases) =>
        canvases.reduce((sum, canvas) => {
          const drawing = canvas as unknown as CanvasLike;
          const { width, height } = drawing;
          if (width === 0 || height === 0) return sum;
          const pixels = drawing.getContext('2d').getImageData(0, 0, width, height).data;
          let opaque = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) opaque++;
          return sum + opaque;
        }, 0),
      );
      assert.ok(painted > 1000, `painted pixels: ${painted}`);
      assert.match(
        (await page.getByRole('status').textContent()) ?? '',
        /nodes and \d+ relationships drawn/,
      );
    });

    it('shows the selection in the Details region, with a quote and its lines', async () => {
      const list = page.getByRole('listbox', { name: 'Visible nodes' });
      await list.getByRole('option', { name: /^MASH/ }).click();
      const details = page.getByRole('region', { name: 'Details' });
      await details.getByRole('heading', { name: 'MASH' }).waitFor();
      const quote = details.locator('figure.evidence blockquote').first();
      assert.ok(((await quote.textContent()) ?? '').length > 20);
      assert.match(
        (await details.locator('figure.evidence figcaption').first().textContent()) ?? '',
        /lines? \d+/,
      );
    });

    it('works from the keyboard: arrows move through the list, Enter selects, E expands with one request', async () => {
      const list = page.getByRole('listbox', { name: 'Visible nodes' });
      await list.focus();
      await page.keyboard.press('Home');
      const options = await list.getByRole('option').allTextContents();
      const target = options.findIndex((name) => name.startsWith('Adult social services'));
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const details = page.getByRole('region', { name: 'Details' });
      await details.getByRole('heading', { name: 'Adult social services' }).waitFor();
      assert.equal(
        await list
          .getByRole('option', { selected: true })
          .textContent()
          .then((t) => t?.startsWith('Adult social services')),
        true,
      );
      const before = await visibleCount(page);
      const draws = await drawCount(page);
      const requestsBefore = graphqlRequests.length;
      await page.keyboard.press('e');
      await waitForDrawing(page, draws);
      assert.ok((await visibleCount(page)) > before, 'the list grows');
      assert.equal(graphqlRequests.length - requestsBefore, 1, 'one GraphQL request per expansion');
      assert.match(graphqlRequests.at(-1)!, /ExplorerNeighbourhood/);
    });

    it('expands with the named button and hides a node', async () => {
      const details = page.getByRole('region', { name: 'Details' });
      const before = await visibleCount(page);
      await details.getByRole('button', { name: 'Hide' }).click();
      await page
        .getByRole('listbox', { name: 'Visible nodes' })
        .getByRole('option', { name: /^Adult social services/ })
        .waitFor({ state: 'detached' });
      assert.equal(await visibleCount(page), before - 1);
      await page.getByRole('button', { name: 'Show hidden' }).click();
      await page
        .getByRole('listbox', { name: 'Visible nodes' })
        .getByRole('option', { name: /^Adult social services/ })
        .waitFor();
    });

    it('exports the view as PNG and SVG, and as a query the API answers', async () => {
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export PNG' }).click(),
      ]);
      assert.equal(png.suggestedFilename(), 'explorer-view.png');
      const pngBytes = readFileSync((await png.path())!);
      assert.deepEqual(
        [...pngBytes.subarray(0, 8)],
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      );
      assert.ok(pngBytes.length > 2000);
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export SVG' }).click(),
      ]);
      const svgText = readFileSync((await svg.path())!, 'utf8');
      assert.match(svgText, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svgText, /<title>Adult social services \(PartnerAgency\)<\/title>/);
      const href = await page
        .getByRole('link', { name: "Open this view's query in the IDE" })
        .getAttribute('href');
      assert.match(href ?? '', /^\/graphql#query=/);
      const query = decodeURIComponent(href!.slice('/graphql#query='.length));
      const answer = await api.graphql(query);
      assert.equal(answer.status, 200, JSON.stringify(answer.body.errors));
      assert.equal(answer.body.errors, undefined);
      assert.ok(answer.body.data?.step1, 'the first request of the view');
      // The link opens GraphiQL with the query in a tab of its own.
      const ide = await page.context().newPage();
      try {
        await ide.goto(`${api.server.url}${href}`);
        const editor = ide.locator('.graphiql-query-editor .CodeMirror');
        await editor.waitFor();
        const text = await editor.evaluate((element) =>
          (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
        );
        assert.equal(text, query);
      } finally {
        await ide.close();
      }
      await mkdir(join(projectRoot, '.tmp'), { recursive: true });
      await page.screenshot({ path: join(projectRoot, '.tmp', 'explorer.png') });
    });

    it('finds an entity by name and adds it to the canvas', async () => {
      const draws = await drawCount(page);
      await page.getByLabel('Find an entity').fill('Thames Valley');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('button', { name: 'Add Thames Valley Police (Force)' }).click();
      await waitForDrawing(page, draws);
      assert.ok((await visibleNames(page)).some((name) => name.startsWith('Thames Valley Police')));
    });

    it('answers the preset questions as the API does: the partners of an arrangement, the forces sharing a weakness topic, the path between two entities', async () => {
      const partners = await api.graphql(
        '{ arrangementPartners(arrangement: "MASH") { partner { name } } }',
      );
      const partnerNames = new Set(
        (partners.body.data?.arrangementPartners as { partner: { name: string } }[]).map(
          (row) => row.partner.name,
        ),
      );
      await clearCanvas(page);
      await page.getByRole('button', { name: 'Show partners' }).click();
      await untilStatus(page, new RegExp(`^${partnerNames.size} partners take part in MASH`));
      const names = await visibleNames(page);
      for (const partner of partnerNames)
        assert.ok(
          names.some((name) => name.startsWith(partner)),
          `${partner} in ${names.join(' | ')}`,
        );

      const shared = await api.graphql(
        '{ sharedWeaknesses(minForces: 2) { topic { id } forces { name } } }',
      );
      const [weakness] = shared.body.data?.sharedWeaknesses as {
        topic: { id: string };
        forces: { name: string }[];
      }[];
      assert.ok(weakness, 'the seed reports share a weakness topic');
      await clearCanvas(page);
      await page.getByLabel('Forces sharing a weakness topic').selectOption(weakness.topic.id);
      await page.getByRole('button', { name: 'Show forces' }).click();
      await untilStatus(page, new RegExp(`^${weakness.forces.length} forces share weaknesses on`));
      const forceNames = await visibleNames(page);
      for (const force of weakness.forces)
        assert.ok(
          forceNames.some((name) => name.startsWith(force.name)),
          force.name,
        );

      const target = 'thames-valley-police';
      const path = await api.graphql(
        `{ paths(fromId: "${mash}", toId: "${target}", maxHops: 4) { length } }`,
      );
      const paths = path.body.data?.paths as { length: number }[];
      assert.ok(paths.length > 0, 'the MASH and Thames Valley Police are joined');
      await clearCanvas(page);
      await page.getByLabel('From (id)').fill(mash);
      await page.getByLabel('To (id)').fill(target);
      await page.getByRole('button', { name: 'Show path' }).click();
      await untilStatus(
        page,
        new RegExp(`^${paths.length} shortest paths? of ${paths[0]!.length} relationships`),
      );
      const pathNames = await visibleNames(page);
      assert.ok(pathNames.some((name) => name.startsWith('MASH')));
      assert.ok(pathNames.some((name) => name.startsWith('Thames Valley Police')));
    });

    it('filters by type from the legend, lays the drawing out again, and shows every type again', async () => {
      const forces = () =>
        page
          .getByRole('listbox', { name: 'Visible nodes' })
          .locator('[role="option"] .type')
          .filter({ hasText: /^Force$/ })
          .count();
      assert.ok((await forces()) > 0, 'the path view holds forces');
      const legendBox = page.locator('#legend input[value="Force"]');
      let draws = await drawCount(page);
      await legendBox.uncheck();
      draws = await waitForDrawing(page, draws);
      assert.equal(await forces(), 0);
      await page.getByRole('button', { name: 'Re-layout' }).click();
      await untilStatus(page, /^Laid out again\./);
      draws = await drawCount(page);
      await legendBox.check();
      await waitForDrawing(page, draws);
      assert.ok((await forces()) > 0);
    });

    it('adds the neighbours an expansion left out with "Show more", in one request', async () => {
      await clearCanvas(page);
      await page.getByLabel('Find an entity').fill('Metropolitan Police');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page
        .getByRole('button', { name: /^Add Metropolitan Police Service \(Force\)$/ })
        .click();
      await untilStatus(page, /^Added Metropolitan Police Service/);
      const details = page.getByRole('region', { name: 'Details' });
      await details.getByRole('button', { name: 'Expand' }).click();
      await untilStatus(page, /^Some neighbours were left out: "Show more" adds them\./);
      const afterExpand = await visibleCount(page);
      const requestsBefore = graphqlRequests.length;
      await details.getByRole('button', { name: 'Show more' }).click();
      await untilStatus(page, /Added \d+ entities\.$/);
      assert.ok((await visibleCount(page)) > afterExpand, 'the list grows');
      assert.equal(graphqlRequests.length - requestsBefore, 1, 'one GraphQL request');
    });

    it('filters by year and by report, and shows everything again', async () => {
      const all = await visibleCount(page);
      const years = await optionValues(page, 'Year');
      const shown: number[] = [];
      for (const year of years.filter((value) => value !== '')) {
        const draws = await drawCount(page);
        await page.getByRole('combobox', { name: 'Year', exact: true }).selectOption(year);
        await waitForDrawing(page, draws);
        shown.push(await visibleCount(page));
      }
      assert.ok(
        shown.some((count) => count < all),
        `some year shows fewer than all ${all} nodes: ${shown.join(', ')}`,
      );
      let draws = await drawCount(page);
      await page.getByRole('combobox', { name: 'Year', exact: true }).selectOption('');
      draws = await waitForDrawing(page, draws);
      assert.equal(await visibleCount(page), all);
      const reports = await optionValues(page, 'Report');
      const oneReport = reports.find((value) => value !== '')!;
      await page.getByRole('combobox', { name: 'Report', exact: true }).selectOption(oneReport);
      draws = await waitForDrawing(page, draws);
      assert.ok((await visibleCount(page)) < all, 'one report shows fewer nodes');
      await page.getByRole('combobox', { name: 'Report', exact: true }).selectOption('');
      await waitForDrawing(page, draws);
      assert.equal(await visibleCount(page), all);
    });

    it('draws each type in a colour with at least 3:1 contrast against the white canvas, as its legend shows', async () => {
      const fills = await page.locator('#legend label').evaluateAll((labels) =>
        labels.map((label) => [
          (label as unknown as { textContent: string }).textContent.trim(),
          (
            label as unknown as {
              querySelector(s: string): { getAttribute(a: string): string } | null;
            }
          )
            .querySelector('[fill]')
            ?.getAttribute('fill') ?? '',
        ]),
      );
      assert.ok(fills.length >= 10, `legend entries: ${fills.length}`);
      for (const [type, fill] of fills) {
        assert.match(fill!, /^#[0-9a-f]{6}$/i, `${type} has a colour`);
        assert.ok(
          contrastWithWhite(fill!) >= 3,
          `${type} ${fill} contrast ${contrastWithWhite(fill!).toFixed(2)}`,
        );
      }
    });

    it('loads nothing from other origins and logs no errors (no CSP violations)', () => {
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(pageErrors, []);
    });

    it('lets a page on another local port call the API by default, and not when CORS_ORIGINS leaves it out', async () => {
      const other = await browser.newPage();
      try {
        await other.goto(`${foreign.origin}/?api=${encodeURIComponent(api.url)}`);
        assert.match(await titleOnceSettled(other), /^answered \d+$/);
        await other.goto(`${foreign.origin}/?api=${encodeURIComponent(narrowApi.url)}`);
        assert.equal(await titleOnceSettled(other), 'failed TypeError');
      } finally {
        await other.close();
      }
    });
  },
);
