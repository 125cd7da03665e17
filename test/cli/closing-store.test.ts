import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closingStore } from '../../src/cli/closing-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { openTestStore } from '../support/embedded-store.js';

/** A real store whose close fails after closing it, as a checkpoint on a full disk does. */
async function storeWhoseCloseFails(): Promise<{ store: GraphStore; closed: () => boolean }> {
  const real = await openTestStore();
  let closed = false;
  const store: GraphStore = {
    ...real,
    close: async () => {
      await real.close();
      closed = true;
      throw new Error('checkpoint failed: No space left on device');
    },
  };
  return { store, closed: () => closed };
}

describe('closingStore: a command reports a write only once its store closed', () => {
  it("gives work's result after the store closed", async () => {
    const real = await openTestStore();
    let closedBeforeResult = false;
    const store: GraphStore = {
      ...real,
      close: async () => {
        await real.close();
        closedBeforeResult = true;
      },
    };
    const result = await closingStore(store, async () => 'written');
    assert.equal(result, 'written');
    assert.equal(closedBeforeResult, true);
  });

  it('fails when closing fails after the work succeeded, so no success is printed', async () => {
    const { store, closed } = await storeWhoseCloseFails();
    await assert.rejects(
      closingStore(store, async () => 'written'),
      /checkpoint failed: No space left on device/,
    );
    assert.equal(closed(), true);
  });

  it("keeps work's own error when closing fails too", async () => {
    const { store, closed } = await storeWhoseCloseFails();
    await assert.rejects(
      closingStore(store, async () => {
        throw new Error('the load failed');
      }),
      /the load failed/,
    );
    assert.equal(closed(), true);
  });
});
