import { StoreUnavailableError } from '../errors.js';

/**
 * Database files open in this process. The engine lets one process open the same file twice
 * without complaint, and writes through the second handle are then silently lost, so every
 * open goes through here first.
 */
const openPaths = new Set<string>();

/**
 * Marks `path` (already resolved to a canonical absolute path) as open in this process.
 * Synchronous on purpose: two concurrent opens cannot both pass the check.
 */
export function claimDatabasePath(path: string): void {
  if (openPaths.has(path)) {
    throw new StoreUnavailableError(
      `database ${path} is already open in this process; share the open store instead of opening it again`,
    );
  }
  openPaths.add(path);
}

/** Forgets `path` once its database is closed (or failed to open). */
export function releaseDatabasePath(path: string): void {
  openPaths.delete(path);
}
