import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { createGraphVersionWatcher, recordGraphChange } from '../../src/graph/graph-version.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { openCountingStore } from '../support/counting-store.js';

const { queries } = loadCatalog();

/** A counting store with finding f1, and writes this process does not record. */
async function openGraph() {
  const graph = await openCountingStore();
  let added = 1;
  return {
    store: graph.store,
    writeElsewhere: () => graph.addFinding(`f${(added += 1)}`, 'Supervision is weak.'),
    countReads: () => graph.reads(queries.nodeCount.name),
  };
}

function createClock() {
  let ms = 0;
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) };
}

describe('the graph version watcher', () => {
  it('reads nothing until asked, then keeps the version for the refresh period', async () => {
    const graph = await openGraph();
    const clock = createClock();
    const version = createGraphVersionWatcher({ ...graph, queries, refreshSeconds: 30, ...clock });
    assert.equal(graph.countReads(), 0);
    const first = await version.current();
    assert.equal(graph.countReads(), 1);
    clock.advance(29);
    assert.equal(await version.current(), first);
    assert.equal(await version.isCurrent(first), true);
    assert.equal(graph.countReads(), 1);
  });

  it('gives a new version at once after a write committed in this process', async () => {
    const graph = await openGraph();
    const version = createGraphVersionWatcher({ ...graph, queries, refreshSeconds: 3600 });
    const before = await version.current();
    await graph.writeElsewhere();
    recordGraphChange();
    const afterWrite = await version.current();
    assert.notEqual(afterWrite, before);
    assert.equal(await version.isCurrent(before), false);
    assert.equal(await version.isCurrent(afterWrite), true);
  });

  it('never gives an earlier version again after a write here, even with the same counts', async () => {
    const graph = await openGraph();
    const version = createGraphVersionWatcher({ ...graph, queries, refreshSeconds: 3600 });
    const seen = [await version.current()];
    // Writes whose counts end where they started (nothing written at all, here).
    recordGraphChange();
    seen.push(await version.current());
    recordGraphChange();
    seen.push(await version.current());
    assert.equal(new Set(seen).size, 3, seen.join(' '));
  });

  it("notices another process's write after the refresh period, not before", async () => {
    const graph = await openGraph();
    const clock = createClock();
    const version = createGraphVersionWatcher({ ...graph, queries, refreshSeconds: 30, ...clock });
    const before = await version.current();
    await graph.writeElsewhere();
    clock.advance(29);
    assert.equal(await version.isCurrent(before), true, 'not read again within the period');
    clock.advance(1);
    assert.equal(await version.isCurrent(before), false);
    assert.equal(graph.countReads(), 2);
  });

  it('shares one read between concurrent checks', async () => {
    const graph = await openGraph();
    const clock = createClock();
    const version = createGraphVersionWatcher({ ...graph, queries, refreshSeconds: 10, ...clock });
    const first = await version.current();
    clock.advance(10);
    const answers = await Promise.all([
      version.current(),
      version.isCurrent(first),
      version.current(),
      version.isCurrent(first),
    ]);
    assert.deepEqual(answers, [first, true, first, true]);
    assert.equal(graph.countReads(), 2, 'one read at first, one shared after the period');
  });

  it('gives the same version to two watchers of one graph while neither process wrote', async () => {
    const graph = await openGraph();
    recordGraphChange(); // before the watchers: a start-up seed, say
    const one = createGraphVersionWatcher({ ...graph, queries });
    const other = createGraphVersionWatcher({ ...graph, queries });
    assert.equal(await one.current(), await other.current());
  });
});
