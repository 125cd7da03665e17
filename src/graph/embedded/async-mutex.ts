/** Releases a held mutex; calling it more than once has no further effect. */
export type Release = () => void;

/** A first-in, first-out asynchronous lock: one holder at a time, waiters served in order. */
export interface Mutex {
  /** Resolves with a release function once every earlier caller has released. */
  acquire(): Promise<Release>;
  /** Runs `work` while holding the lock and releases it however `work` ends. */
  runExclusive<T>(work: () => Promise<T>): Promise<T>;
  /** True while someone holds the lock. */
  isLocked(): boolean;
}

/**
 * Creates a FIFO mutex. The embedded engine fails (rather than queues) a second writer and
 * then crashes on the next query of that connection, so writers must queue here instead.
 */
export function createMutex(): Mutex {
  const waiters: Array<() => void> = [];
  let locked = false;

  const handOver = (): void => {
    const next = waiters.shift();
    if (next) next();
    else locked = false;
  };

  const acquire = (): Promise<Release> =>
    new Promise<Release>((resolve) => {
      let released = false;
      const release: Release = () => {
        if (released) return;
        released = true;
        handOver();
      };
      if (locked) {
        waiters.push(() => resolve(release));
      } else {
        locked = true;
        resolve(release);
      }
    });

  return {
    acquire,
    async runExclusive<T>(work: () => Promise<T>): Promise<T> {
      const release = await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
    isLocked: () => locked,
  };
}
