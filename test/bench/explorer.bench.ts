/**
 * `npm run bench:explorer`: how long the explorer page takes to draw and lay out 500 nodes,
 * measured in headless Chromium. Opens `/explore?focus=metropolitan-police&depth=2&limit=500`
 * on the seeded graph (500 entities, about 1,600 relationships), then presses "Re-layout"
 * (a fresh fCoSE layout and a painted frame) several times. Prints the page's own timings
 * (performance measures `explorer:add`, `explorer:layout`, `explorer:paint`, `explorer:draw`),
 * for the first drawing also the time from the start of navigation to its painted frame, and
 * the main thread's CPU time per redraw from the DevTools protocol, which a shared
 * machine's load inflates less than wall time. Asserts nothing.
 */
import { cpus, loadavg } from 'node:os';
import { startTestApi } from '../support/api-server.js';
import { browserSkipMessage, launchChromium } from '../support/chromium.js';

const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);
const focusPath = '/explore?focus=metropolitan-police&depth=2&limit=500';

interface Draw {
  /** From the start of navigation to the end of this drawing (read for first draws). */
  loaded: number;
  add: number;
  layout: number;
  paint: number;
  draw: number;
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  if (browserSkipMessage !== undefined) {
    process.stdout.write(`bench:explorer: ${browserSkipMessage}\n`);
    return;
  }
  const api = await startTestApi();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
    };
    const draws = () => page.evaluate(() => performance.getEntriesByName('explorer:draw').length);
    const lastDraw = () =>
      page.evaluate(() => {
        const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? 0;
        const draw = performance.getEntriesByName('explorer:draw').at(-1);
        return {
          loaded: draw === undefined ? 0 : draw.startTime + draw.duration,
          add: last('explorer:add'),
          layout: last('explorer:layout'),
          paint: last('explorer:paint'),
          draw: last('explorer:draw'),
        };
      });
    const waitForDraw = async (count: number) => {
      const deadline = Date.now() + 120_000;
      while ((await draws()) < count) {
        if (Date.now() > deadline) throw new Error('the explorer did not finish drawing');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    // A navigation starts a new document, whose CPU counters start again: the CPU time read
    // after the first drawing is the page's, from its start (parsing the script included).
    const firsts: Draw[] = [];
    for (let i = 0; i < repetitions; i++) {
      await page.goto(`${api.server.url}${focusPath}`);
      await waitForDraw(1);
      firsts.push({ ...(await lastDraw()), cpu: await threadTime() });
    }
    const counts = await page
      .getByRole('status')
      .textContent()
      .then((text) => /(\d+) nodes and (\d+) relationships/.exec(text ?? ''));
    const runs: Draw[] = [];
    for (let i = 0; i < repetitions; i++) {
      const before = await draws();
      const cpuBefore = await threadTime();
      await page.getByRole('button', { name: 'Re-layout' }).click();
      await waitForDraw(before + 1);
      runs.push({ ...(await lastDraw()), cpu: (await threadTime()) - cpuBefore });
    }
    const ms = (values: number[]) => `${median(values).toFixed(0)} ms`.padStart(8);
    const lines = [
      `bench:explorer: ${counts?.[1] ?? '?'} nodes, ${counts?.[2] ?? '?'} relationships (${focusPath}); headless Chromium, no GPU; medians of ${repetitions}`,
      `  page load, data received -> drawn:  add ${ms(firsts.map((d) => d.add))}  layout ${ms(firsts.map((d) => d.layout))}  paint ${ms(firsts.map((d) => d.paint))}  total ${ms(firsts.map((d) => d.draw))} wall`,
      `  page load: navigation -> drawn ${ms(firsts.map((d) => d.loaded))} wall, ${ms(firsts.map((d) => d.cpu))} main-thread CPU`,
      `  Re-layout (fresh fCoSE + paint):                    layout ${ms(runs.map((d) => d.layout))}  paint ${ms(runs.map((d) => d.paint))}  total ${ms(runs.map((d) => d.draw))} wall, ${ms(runs.map((d) => d.cpu))} main-thread CPU`,
      `  load average while measuring: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await api.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:explorer failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
