/**
 * Error messages quote what a client sent (an id, a cursor, a variable's value) so it can see
 * what was wrong, but never more than this many characters of it: a 90 kB id must not come
 * back as a 90 kB message.
 */
export const maxQuotedInput = 200;

/** `value` in double quotes, cut to {@link maxQuotedInput} characters with `…` after a cut. */
export function quoteInput(value: string): string {
  return JSON.stringify(
    value.length > maxQuotedInput ? `${value.slice(0, maxQuotedInput)}…` : value,
  );
}

/** A double-quoted stretch longer than {@link maxQuotedInput} characters. */
const longQuote = new RegExp(`"((?:[^"\\\\]|\\\\.){${maxQuotedInput + 1},})"`, 'g');

/**
 * Shortens every double-quoted stretch longer than {@link maxQuotedInput} characters in a
 * message made elsewhere: graphql-js quotes variable values, names and tokens in full.
 */
export function shortenQuotedInput(message: string): string {
  return message.replace(
    longQuote,
    (_all, inner: string) => `"${inner.slice(0, maxQuotedInput)}…"`,
  );
}
