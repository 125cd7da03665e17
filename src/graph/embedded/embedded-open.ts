import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Database } from '@ladybugdb/core';
import { StoreUnavailableError } from '../errors.js';

/** The path that opens a private, in-memory database instead of a file. */
export const inMemoryPath = ':memory:';

/** How to open the engine's database. */
export interface DatabaseSettings {
  /** A database file path, or `:memory:`. */
  readonly path: string;
  /** Buffer pool size in bytes; 0 lets the engine choose (a share of the machine's memory). */
  readonly bufferPoolBytes: number;
  /** Address space reserved for the database in bytes; 0 means the engine default of 8 TiB. */
  readonly maxDbBytes: number;
  readonly readOnly: boolean;
  /** Told, in one sentence, when the database had to be recovered from a torn log. */
  readonly onRecovery?: ((message: string) => void) | undefined;
}

/**
 * Resolves a database file path to the one canonical form used as the registry key, creating
 * the parent folder when it is missing (the engine refuses a missing parent). Throws when the
 * path is an existing directory: the engine stores a database in one file plus `<file>.wal`.
 */
export function resolveDatabasePath(path: string, createParent: boolean): string {
  const absolute = resolve(path);
  if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
    throw new StoreUnavailableError(
      `database path ${absolute} is a directory; the embedded engine needs a file path such as ${join(absolute, 'graph.lbug')}`,
    );
  }
  const parent = dirname(absolute);
  if (createParent) {
    try {
      mkdirSync(parent, { recursive: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = `cannot create the folder for database ${absolute}: ${reason}`;
      throw new StoreUnavailableError(message, { cause: error });
    }
  }
  // Canonicalise the folder so that two spellings of one file (symlinks, `..`) share one key.
  const canonicalParent = statSync(parent, { throwIfNoEntry: false })
    ? realpathSync(parent)
    : parent;
  return join(canonicalParent, basename(absolute));
}

/**
 * Opens and initialises the engine's database. Every engine failure becomes a
 * StoreUnavailableError; a file locked by another process gets a message that says so. A
 * torn write-ahead log (the process died mid-write) is recovered without a manual step: the
 * last committed graph opens, and `onRecovery` is told what happened.
 */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  try {
    return await initDatabase(settings, true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (settings.readOnly || !tornLogMessage.test(message))
      throw translateOpenError(settings.path, error);
    // A checkpoint cut short (its shadow pages or log copy left behind) may hold committed
    // work that a lenient replay would drop: that needs a person, not a silent repair.
    const leftovers = ['.shadow', '.wal.checkpoint']
      .map((suffix) => `${settings.path}${suffix}`)
      .filter((file) => existsSync(file));
    if (leftovers.length > 0)
      throw new StoreUnavailableError(
        `cannot open database ${settings.path}: its write-ahead log is torn and a checkpoint was cut short (${leftovers.join(', ')} left behind), so committed writes may be in them; restore DATA_DIR from a backup or re-ingest the reports (${message})`,
        { cause: error },
      );
    // The write that tore the log never committed: replay what did, drop the rest.
    let db: Database;
    try {
      db = await initDatabase(settings, false);
    } catch (retryError) {
      throw translateOpenError(settings.path, retryError);
    }
    settings.onRecovery?.(
      `recovered ${settings.path}: its write-ahead log ${settings.path}.wal was torn by a write that did not finish (a full disk or a crash: "${message}"); the transactions committed before it were replayed and the unfinished one dropped`,
    );
    return db;
  }
}

/**
 * The engine's complaint about a write-ahead log cut off mid-record: when the disk fills
 * during a write the engine aborts the process, and every later open fails this way.
 */
const tornLogMessage =
  /WAL file is corrupted|Checksum verification failed|Reading past the end of the file .*\.wal\b/i;

async function initDatabase(
  settings: DatabaseSettings,
  strictLogReplay: boolean,
): Promise<Database> {
  let db: Database | undefined;
  try {
    db = new lbug.Database(
      settings.path,
      settings.bufferPoolBytes,
      true,
      settings.readOnly,
      settings.maxDbBytes,
      true,
      -1,
      strictLogReplay,
    );
    await db.init();
    return db;
  } catch (error) {
    await db?.close().catch(() => undefined);
    throw error;
  }
}

function translateOpenError(path: string, error: unknown): StoreUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('Could not set lock on file')) {
    return new StoreUnavailableError(`database in use: ${path} is locked by another process`, {
      cause: error,
    });
  }
  return new StoreUnavailableError(`cannot open database ${path}: ${message}`, { cause: error });
}
