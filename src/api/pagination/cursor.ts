import { badUserInput } from '../errors.js';

/**
 * Cursors are opaque to clients: base64url of one of two texts, each tagged with the version
 * of the graph (`graph-version.ts`) the page was read from.
 *
 * - Keyset cursors, `<version>|key:<order>|<JSON array>`: the item's sort key (the values its
 *   list's ORDER BY sorts on, ending with the item's unique id) and the list and order it
 *   belongs to (`findings/PUBLISHED_ON/DESC`). The next page's query continues after that key
 *   (`(key tuple) > (cursor tuple)`), so a deep page costs what the first one does. Used by
 *   every store-paged list whose order is a total order on stored keys: the root `findings`,
 *   `recommendations`, `judgements`, `passages`, `sections` and `figures` (`keyset.ts`).
 * - Offset cursors, `<version>|offset:<n>`: the 0-based position of the item in its list. Used
 *   where the order is not one of stored keys: `search` (ranked in the application) and the
 *   lists cut in memory (nested lists read for all parents of a level at once, entity lists,
 *   `mentionedBy`).
 *
 * Either kind means something only in the graph it was read from: the graph changes when a
 * report is ingested, and a cursor from before that would silently skip or repeat items, so a
 * cursor whose version is no longer the graph's is refused (`checkCursorVersion`) and the
 * client starts again from the first page. A cursor of another list or order, or of the other
 * kind, is refused too (`keyset.ts`, `page-window.ts`), never read as if it were this list's.
 */
const offsetText = /^([^|]{1,100})\|offset:(0|[1-9]\d{0,8})$/;
const keyText = /^([^|]{1,100})\|key:([A-Za-z_/]{1,100})\|(\[.{0,2000}\])$/;

/** A value of a sort key as stored: a string or a whole number. */
export type KeyValue = string | number;

/** What an offset cursor stands for. */
export interface OffsetCursor {
  readonly kind: 'offset';
  /** 0-based position of the item in its ordered list. */
  readonly offset: number;
  /** The graph version the cursor was issued under. */
  readonly version: string;
}

/** What a keyset cursor stands for. */
export interface KeyCursor {
  readonly kind: 'key';
  /** The list and order the key belongs to (`KeysetOrder.scope`). */
  readonly scope: string;
  /** The item's sort key, in ORDER BY order. */
  readonly key: readonly KeyValue[];
  /** The graph version the cursor was issued under. */
  readonly version: string;
}

export type DecodedCursor = OffsetCursor | KeyCursor;

/** The cursor of the item at `offset` (0-based) in its ordered list, read from graph `version`. */
export function encodeOffsetCursor(offset: number, version: string): string {
  return toBase64url(`${version}|offset:${offset}`);
}

/** The cursor of the item with sort key `key` in the list and order `scope`, read from `version`. */
export function encodeKeyCursor(scope: string, key: readonly KeyValue[], version: string): string {
  return toBase64url(`${version}|key:${scope}|${JSON.stringify(key)}`);
}

/**
 * What a cursor stands for. Throws BAD_USER_INPUT for anything this API did not issue
 * (re-encoding must give the same text, so padded or altered base64 is refused too).
 */
export function decodeCursor(cursor: string): DecodedCursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const decoded = readOffsetCursor(text) ?? readKeyCursor(text);
  if (!decoded || encode(decoded) !== cursor) malformedCursor();
  return decoded;
}

/** Throws the BAD_USER_INPUT of a cursor this API did not issue. */
export function malformedCursor(): never {
  return badUserInput(
    'Malformed cursor in `after`: pass an `endCursor` or edge `cursor` from a previous page.',
  );
}

/**
 * Throws the BAD_USER_INPUT of a cursor issued by another list, or by this list in another
 * order: read here, it would silently start the page at the wrong place.
 */
export function foreignCursor(): never {
  return badUserInput(
    'This cursor belongs to another list or another order: pass an `endCursor` or edge `cursor` from a previous page of this same list, asked with the same `orderBy`.',
  );
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

function readOffsetCursor(text: string): OffsetCursor | undefined {
  const match = offsetText.exec(text);
  return match ? { kind: 'offset', version: match[1]!, offset: Number(match[2]) } : undefined;
}

function readKeyCursor(text: string): KeyCursor | undefined {
  const match = keyText.exec(text);
  if (!match) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(match[3]!);
  } catch {
    return undefined;
  }
  if (!Array.isArray(key) || !key.every(isKeyValue)) return undefined;
  return { kind: 'key', version: match[1]!, scope: match[2]!, key };
}

function isKeyValue(value: unknown): value is KeyValue {
  return typeof value === 'string' || Number.isSafeInteger(value);
}

function encode(cursor: DecodedCursor): string {
  return cursor.kind === 'offset'
    ? encodeOffsetCursor(cursor.offset, cursor.version)
    : encodeKeyCursor(cursor.scope, cursor.key, cursor.version);
}

function toBase64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
