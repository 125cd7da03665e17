import type { GraphStore, Row } from '../../graph/store.js';
import { requestTimedOut, type RequestDeadline } from './request-deadline.js';

/**
 * Wraps a store so that one request's reads stop when its deadline passes: a read started
 * after it is refused, and a read in flight is abandoned (its caller gets the TIMEOUT error at
 * once). The store is given the deadline too (`ReadOptions`), so a read still queued in the
 * adapter is never sent and a running one is stopped where the engine allows; a late result
 * is dropped. Other calls pass straight through.
 */
export function limitStoreToDeadline(store: GraphStore, deadline: RequestDeadline): GraphStore {
  return {
    engine: store.engine,
    read(query, params, options) {
      if (deadline.signal.aborted) {
        deadline.noteAbandonedRead();
        return Promise.reject(requestTimedOut(deadline.timeoutMs));
      }
      const running = store.read(query, params, {
        ...options,
        signal: deadline.signal,
        deadline: Math.min(deadline.endsAt, options?.deadline ?? Infinity),
      });
      return new Promise<Row[]>((resolve, reject) => {
        const abandon = () => {
          deadline.noteAbandonedRead();
          reject(requestTimedOut(deadline.timeoutMs));
        };
        deadline.signal.addEventListener('abort', abandon, { once: true });
        // Both branches handle the read's outcome, so a late failure is never unhandled.
        running.then(
          (rows) => {
            deadline.signal.removeEventListener('abort', abandon);
            resolve(rows);
          },
          (error: unknown) => {
            deadline.signal.removeEventListener('abort', abandon);
            reject(error);
          },
        );
      });
    },
    writeTransaction: store.writeTransaction.bind(store),
    applySchema: () => store.applySchema(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
