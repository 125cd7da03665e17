import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMutex } from '../../../src/graph/embedded/async-mutex.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createMutex', () => {
  it('lets one holder in at a time and serves waiters in arrival order', async () => {
    const mutex = createMutex();
    const events: string[] = [];
    const job = (name: string) =>
      mutex.runExclusive(async () => {
        events.push(`${name} start`);
        await tick();
        await tick();
        events.push(`${name} end`);
      });
    await Promise.all([job('a'), job('b'), job('c')]);
    assert.deepEqual(events, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('releases the lock when the work throws', async () => {
    const mutex = createMutex();
    await assert.rejects(
      mutex.runExclusive(async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(mutex.isLocked(), false);
    assert.equal(await mutex.runExclusive(async () => 'next'), 'next');
  });

  it('ignores a second call of the same release function', async () => {
    const mutex = createMutex();
    const first = await mutex.acquire();
    const second = mutex.acquire();
    const third = mutex.acquire();
    first();
    const releaseSecond = await second;
    first(); // must not hand the lock to the third waiter while the second holds it
    let thirdAcquired = false;
    void third.then(() => {
      thirdAcquired = true;
    });
    await tick();
    assert.equal(thirdAcquired, false);
    releaseSecond();
    (await third)();
    assert.equal(mutex.isLocked(), false);
  });
});
