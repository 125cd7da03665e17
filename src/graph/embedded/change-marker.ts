/**
 * The change marker of an embedded database file: a random id in `<file>.changes`, replaced
 * before every write transaction starts. Anything derived from the graph and kept beside it
 * (the persisted search index) records the marker it was built at and is stale as soon as the
 * marker differs. It is replaced before the write rather than after, so a write that crashes
 * half-way, or commits while an index is being built, still makes that index stale; a write
 * that rolls back costs one needless rebuild, never a stale answer.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

function markerFile(databasePath: string): string {
  return `${databasePath}.changes`;
}

/** Records that the database at `databasePath` is about to change. */
export function markDatabaseChange(databasePath: string): void {
  const file = markerFile(databasePath);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${randomUUID()}\n`);
  // A rename replaces the marker at once: a reader never sees it half-written.
  renameSync(temporary, file);
}

/**
 * The current change marker of the database at `databasePath`. A database without one (never
 * written since markers exist) gets one now, so that what is built from it has a key.
 */
export function readDatabaseChangeMarker(databasePath: string): string {
  try {
    return readFileSync(markerFile(databasePath), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    markDatabaseChange(databasePath);
    return readFileSync(markerFile(databasePath), 'utf8').trim();
  }
}
