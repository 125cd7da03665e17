import { badUserInput } from '../errors.js';

/**
 * Cursors are opaque to clients: base64url of `<graph version>|offset:<n>`, the 0-based
 * position of an item in the ordered list and the version of the graph (`graph-version.ts`)
 * the page was read from. Positions rather than sort keys because every connection here runs
 * one named query whose order is a parameter, and search results are ranked in the
 * application. A position means something only in the graph it was counted in: the graph
 * changes when a report is ingested, and a cursor from before that would silently skip or
 * repeat items, so a cursor whose version is no longer the graph's is refused
 * (`checkCursorVersion`) and the client starts again from the first page.
 */
const cursorText = /^([^|]{1,100})\|offset:(0|[1-9]\d{0,8})$/;

/** What a cursor stands for. */
export interface DecodedCursor {
  /** 0-based position of the item in its ordered list. */
  readonly offset: number;
  /** The graph version the cursor was issued under. */
  readonly version: string;
}

/** The cursor of the item at `offset` (0-based) in its ordered list, read from graph `version`. */
export function encodeCursor(offset: number, version: string): string {
  return Buffer.from(`${version}|offset:${offset}`, 'utf8').toString('base64url');
}

/**
 * The position and graph version a cursor stands for. Throws BAD_USER_INPUT for anything this
 * API did not issue (re-encoding must give the same text, so padded or altered base64 is
 * refused too).
 */
export function decodeCursor(cursor: string): DecodedCursor {
  const match = cursorText.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const decoded = match ? { version: match[1]!, offset: Number(match[2]) } : undefined;
  if (!decoded || encodeCursor(decoded.offset, decoded.version) !== cursor)
    badUserInput(
      'Malformed cursor in `after`: pass an `endCursor` or edge `cursor` from a previous page.',
    );
  return decoded;
}

/**
 * Throws BAD_USER_INPUT when a cursor was issued under another version of the graph than
 * `version`, the one the page would be read from.
 */
export function checkCursorVersion(issuedUnder: string | null, version: string): void {
  if (issuedUnder !== null && issuedUnder !== version)
    badUserInput(
      'The graph changed since this cursor was issued; start again from the first page (omit `after`).',
    );
}
