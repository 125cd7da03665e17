import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ReadAbortedError } from '../../src/graph/errors.js';
import type { EmbeddedGraphStore } from '../../src/graph/embedded/embedded-store.js';
import type { NamedQuery } from '../../src/graph/store.js';
import { openTestStore } from '../support/embedded-store.js';

/**
 * A read that keeps the engine busy for seconds on any machine (400 million rows, each
 * computed and filtered; about 3 s here) and that the engine can interrupt: it checks its
 * timeout between batches of rows. A single large `range()` is no good: building the list is
 * one step the engine does not interrupt, and on a fast machine it ends before the deadline.
 */
const slowRead: NamedQuery = {
  name: 'test/slow-count',
  text: 'UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b WITH a * b AS p WHERE p % 7 = 3 RETURN count(p) AS n',
};

describe('a read deadline (ReadOptions) on the embedded engine', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore();
  });
  after(async () => {
    await store?.close();
  });

  it('never starts the reads still queued when it passes, and stops the running ones', async () => {
    const controller = new AbortController();
    const deadline = Date.now() + 200;
    setTimeout(() => controller.abort(), 200);
    // Two read connections, six reads: four wait in the adapter's queue.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        store.read(slowRead, {}, { signal: controller.signal, deadline }),
      ),
    );
    const reasons = outcomes.map((outcome) => {
      assert.equal(outcome.status, 'rejected');
      assert.ok(outcome.reason instanceof ReadAbortedError, String(outcome.reason));
      return (outcome.reason as Error).message;
    });
    assert.equal(reasons.filter((m) => /not started/.test(m)).length, 4);
    assert.equal(reasons.filter((m) => /stopped at its caller's deadline/.test(m)).length, 2);
  });

  it('leaves the connections usable, with the full query timeout again', async () => {
    const rows = await store.read({ name: 'test/one', text: 'RETURN 1 AS one' });
    assert.deepEqual(rows, [{ one: 1 }]);
  });
});
