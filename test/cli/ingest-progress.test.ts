import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clock, IngestProgressDisplay } from '../../src/cli/ingest-progress.js';
import type { IngestProgress } from '../../src/ingest/io/load-reports.js';

/** A stream that keeps what was written, as a terminal or as a log file. */
function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

/**
 * What an ingestion reports: 20 reports parsed one by one, then 1,000 rows loaded 50 at a time,
 * each phase announced with nothing done yet; `tick` moves the clock before each event.
 */
function run(display: IngestProgressDisplay, tick: () => void): void {
  const events: IngestProgress[] = [];
  for (let done = 0; done <= 20; done++) events.push({ phase: 'parse', done, total: 20 });
  events.push({ phase: 'build', done: 0, total: 1 });
  for (let done = 0; done <= 1000; done += 50) events.push({ phase: 'load', done, total: 1000 });
  for (const event of events) {
    tick();
    display.update(event);
  }
  display.finish();
}

describe('ingestion progress', () => {
  it('writes plain lines to a log: one per tenth of each phase, with counts, elapsed and what is left', () => {
    const stream = recorder(false);
    let now = 0;
    const display = new IngestProgressDisplay(stream, () => now);
    run(display, () => (now += 1000));
    const lines = stream.written.join('').split('\n').filter(Boolean);
    assert.ok(stream.written.every((text) => text.endsWith('\n') && !text.includes('\r')));
    const parsing = lines.filter((line) => / reports parsed, \d+:\d\d elapsed/.test(line));
    const loading = lines.filter((line) => line.includes('rows loaded'));
    assert.equal(parsing.length, 11, lines.join('\n'));
    assert.equal(loading.length, 11, lines.join('\n'));
    assert.deepEqual(
      lines.filter((line) => line.includes('building')),
      ['ingest: 20/20 reports parsed, building the graph, 0:22 elapsed'],
    );
    assert.equal(parsing[0], 'ingest: 0/20 reports parsed, 0:01 elapsed');
    assert.equal(
      parsing[5],
      'ingest: 10/20 reports parsed, 0:11 elapsed, about 0:10 left to parse',
    );
    assert.equal(parsing.at(-1), 'ingest: 20/20 reports parsed, 0:21 elapsed');
    assert.equal(
      loading[0],
      'ingest: 20/20 reports parsed, 0/1,000 rows loaded (0%), 0:23 elapsed',
    );
    // The load phase's pace is its own: 100 rows in the 2 s since it began.
    assert.equal(
      loading[1],
      'ingest: 20/20 reports parsed, 100/1,000 rows loaded (10%), 0:25 elapsed, about 0:18 left to load',
    );
    assert.equal(
      loading.at(-1),
      'ingest: 20/20 reports parsed, 1,000/1,000 rows loaded (100%), 0:43 elapsed',
    );
  });

  it('rewrites one line on a terminal, at most ten times a second, and ends it', () => {
    const stream = recorder(true);
    let now = 0;
    const display = new IngestProgressDisplay(stream, () => now);
    run(display, () => (now += 30));
    const updates = stream.written.slice(0, -1);
    assert.equal(stream.written.at(-1), '\n', 'finish() ends the line');
    assert.ok(updates.every((text) => text.startsWith('\r\x1b[K') && !text.includes('\n')));
    // 43 events 30 ms apart: one in four is drawn, and each phase's first and last.
    assert.ok(updates.length >= 10 && updates.length <= 14, `${updates.length} updates`);
    assert.ok(updates.some((text) => text.includes('20/20 reports parsed, 0:00 elapsed')));
    assert.match(updates.at(-1)!, /1,000\/1,000 rows loaded \(100%\), 0:01 elapsed$/);
  });

  it('writes nothing on a terminal when nothing was reported', () => {
    const stream = recorder(true);
    new IngestProgressDisplay(stream).finish();
    assert.deepEqual(stream.written, []);
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    assert.equal(clock(0), '0:00');
    assert.equal(clock(59_999), '0:59');
    assert.equal(clock(61_000), '1:01');
    assert.equal(clock(3_726_000), '1:02:06');
  });
});
