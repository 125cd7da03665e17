import { stat, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatBytes } from '../../config/format-bytes.js';
import { InsufficientSpaceError } from '../errors.js';

/**
 * Refuses a write before it starts when the database's folder has less free space than it
 * needs: when the disk fills during a write, the engine aborts the whole process and leaves a
 * torn write-ahead log (`embedded-open.ts` recovers from that, but the write is lost).
 */
export async function checkFreeSpace(databasePath: string, neededBytes: number): Promise<void> {
  const folder = dirname(databasePath);
  const { bavail, bsize } = await statfs(folder);
  const free = Number(bavail) * Number(bsize);
  // A checkpoint may copy pages of the existing file: count it as needed too.
  neededBytes += (await stat(databasePath).catch(() => ({ size: 0 }))).size;
  if (free >= neededBytes) return;
  throw new InsufficientSpaceError(
    `not enough free space in DATA_DIR (${folder}) for this write: it needs about ${formatBytes(neededBytes)}, ${formatBytes(free)} is free; free some space or point DATA_DIR at a larger disk. Nothing was written.`,
  );
}
