/**
 * Numbers as reports print them: `4,259.8`, `7.5 million`, `£3,043.1million`, `five`,
 * `-4.84%`, `+28.95pp*`. Parsing goes through the decimal string, so `7.5 million` is exactly
 * 7500000 (no floating-point residue).
 */

const numberWords: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** A regex source for a printed number: digits with thousands commas and decimals, or a word to twenty. */
export const numberSource = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(numberWords).join('|')})`;

const magnitudes: Readonly<Record<string, number>> = { million: 6, m: 6, billion: 9, bn: 9 };

/**
 * The value of a printed number with an optional magnitude word (`million`, `m`, `billion`,
 * `bn`); undefined when the text is not a number.
 */
export function parsePrintedNumber(text: string, magnitude?: string): number | undefined {
  const t = text.trim().toLowerCase();
  const word = numberWords[t];
  const exponent = magnitude === undefined ? 0 : magnitudes[magnitude.toLowerCase()];
  if (exponent === undefined) return undefined;
  if (word !== undefined) return word * 10 ** exponent;
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return undefined;
  return Number(`${t.replace(/,/g, '')}e${exponent}`);
}

/**
 * A table cell as a number: `0.723`, `53.66%`, `-4.84%`, `+28.95pp*` (footnote marks and the
 * unit dropped). Undefined for text (`Not applicable`) and empty cells.
 */
export function parseCellNumber(cell: string): number | undefined {
  const t = cell
    .trim()
    .replace(/[*†‡]+$/, '')
    .replace(/\s*(%|pp)$/i, '');
  return t === '' ? undefined : parsePrintedNumber(t);
}
