/**
 * How text is cut into words for search, for the text filters and for snippets: one rule for
 * all three, so a word the index matched is a word the snippet can find and highlight. A word
 * is a run of letters and digits (`re-offending` is `re` and `offending`); comparing ignores
 * case and accents.
 */

/** One word of a text: its normalised form and where it sits (UTF-16 offsets, end exclusive). */
export interface TextToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Words too common to rank or to require: dropped from the index and from search queries (not
 * from the text filters, which test every word they are given). `s` and `t` are what `force's`
 * and `don't` leave behind.
 */
const stopWords = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or s so t than that ' +
    'the their there these this those to was were which will with'
  ).split(' '),
);

/** Lower case without accents: `Safeguarding` and `safeguarding` are one word, so are `é` and `e`. */
export function normaliseWord(raw: string): string {
  // Nearly every word is ASCII; decomposing only the others keeps index builds fast.
  if (!nonAscii.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const nonAscii = /[^\u0000-\u007f]/;

/** The words of `text` in order, with their positions. */
export function tokenizeText(text: string): TextToken[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    word: normaliseWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The raw words of `text` (not normalised), as the index's tokenizer hands them on. */
export function splitWords(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** True for a word that search ignores (see {@link stopWords}). */
export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** The normalised words of a search query that count for ranking, without repeats. */
export function listQueryWords(query: string): string[] {
  const words = tokenizeText(query)
    .map((token) => token.word)
    .filter((word) => !isStopWord(word));
  return [...new Set(words)];
}
