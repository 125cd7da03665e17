/**
 * The one quoting policy: every quote ingestion stores (an item's provenance, a link's
 * evidence) is an exact substring of the text it quotes, at most `maxQuoteLength` characters,
 * cut at spaces, so that a reader can search the report for it. Callers choose the text (the
 * printed passage, with runs of white space collapsed where the passage was joined from
 * several blocks); this module only chooses how much of it to keep.
 */

/** Longest quote kept: a sentence of context, short enough to show in a list. */
export const maxQuoteLength = 300;

/** The start of the text, trimmed, cut at the last space before the limit. */
export function quoteStart(text: string): string {
  const t = text.trim();
  if (t.length <= maxQuoteLength) return t;
  const cut = t.lastIndexOf(' ', maxQuoteLength);
  return t.slice(0, cut > maxQuoteLength / 2 ? cut : maxQuoteLength);
}

/**
 * A quote of `text` that holds `text.slice(start, end)`: the whole (trimmed) text when it is
 * short enough, else a window of at most `maxQuoteLength` characters with a third of the room
 * left before the match, cut at spaces outside the match.
 */
export function quoteAround(text: string, start: number, end: number): string {
  const t = text.trim();
  if (t.length <= maxQuoteLength) return t;
  const offset = text.indexOf(t);
  const from = start - offset;
  const to = end - offset;
  const slack = Math.max(0, maxQuoteLength - (to - from));
  let left = Math.max(0, from - Math.floor(slack / 3));
  let right = Math.min(t.length, left + maxQuoteLength);
  left = Math.max(0, right - maxQuoteLength);
  if (left > 0) left = nextWordStart(t, left, from);
  if (right < t.length) right = previousWordEnd(t, right, to);
  return t.slice(left, right);
}

function nextWordStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  return space >= 0 && space < limit ? space + 1 : at;
}

function previousWordEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  return space > limit ? space : at;
}
