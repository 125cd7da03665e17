import { badUserInput } from '../errors.js';

/**
 * Cursors are opaque to clients: base64url of `offset:<n>`, the 0-based position of an item
 * in the ordered list. Positions rather than sort keys (keyset) because every connection here
 * runs one named query whose order is a parameter, and search results are ranked in the
 * application: an offset works for all of them with `SKIP $skip LIMIT $limit` or an array
 * slice. The price of offsets, pages shifting when items are added between two requests, is
 * small here: the graph changes only when a report is ingested.
 */
const cursorText = /^offset:(0|[1-9]\d{0,8})$/;

/** The cursor of the item at `offset` (0-based) in its ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/**
 * The position a cursor stands for. Throws BAD_USER_INPUT for anything this API did not issue
 * (re-encoding must give the same text, so padded or altered base64 is refused too).
 */
export function decodeCursor(cursor: string): number {
  const match = cursorText.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!match || encodeCursor(offset) !== cursor)
    badUserInput(
      'Malformed cursor in `after`: pass an `endCursor` or edge `cursor` from a previous page.',
    );
  return offset;
}
