/**
 * Takes the explorer screenshot of the README and docs/explorer.md:
 * `npm run build && node dist/test/browser/screenshot.js docs/explorer.png`.
 * Starts the API on the seed reports, opens `/explore?focus=` the MASH in headless Chromium,
 * expands one of its partners (Children's services), selects the MASH so that Details shows
 * its evidence, and saves the page. Prints what it showed, for the caption.
 */
import { resolve } from 'node:path';
import { startTestApi } from '../support/api-server.js';
import { browserSkipMessage, launchChromium } from '../support/chromium.js';

const focus = 'initiative/multi-agency-safeguarding-hub';
const expandAt = "Children's services";

async function main(): Promise<void> {
  const target = process.argv[2];
  if (target === undefined)
    throw new Error('usage: node dist/test/browser/screenshot.js <file.png>');
  if (browserSkipMessage !== undefined) throw new Error(browserSkipMessage);
  const api = await startTestApi();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const draws = () => page.evaluate(() => performance.getEntriesByName('explorer:draw').length);
    const waitForDraw = async (count: number) => {
      while ((await draws()) < count) await new Promise((done) => setTimeout(done, 50));
    };
    await page.goto(`${api.server.url}/explore?focus=${encodeURIComponent(focus)}`);
    await waitForDraw(1);
    const list = page.getByRole('listbox', { name: 'Visible nodes' });
    await list.getByRole('option', { name: new RegExp(`^${expandAt}`) }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Expand' }).click();
    await waitForDraw(2);
    await list.getByRole('option', { name: /^MASH/ }).click();
    await details.getByRole('heading', { name: 'MASH' }).waitFor();
    await page.screenshot({ path: resolve(target) });
    const names = await list.getByRole('option').allTextContents();
    process.stdout.write(
      `${target}: ${focus}, expanded at ${expandAt}, MASH selected; ${names.length} nodes: ${names.join(' | ')}\n`,
    );
  } finally {
    await browser.close();
    await api.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
