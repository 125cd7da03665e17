/**
 * Sentences of an item's text: the evidence a link carries is the sentence that names its
 * entity (quoted with `quoteAround` of `quote.ts`).
 */

export interface Sentence {
  readonly text: string;
  /** Character offsets in the text the sentence was split from. */
  readonly start: number;
  readonly end: number;
}

/** Words after which a full stop does not end a sentence (`eg.`, `Det.`, `No.`). */
const abbreviations = new Set(
  'eg ie etc e.g i.e cf viz vs al approx dr mr mrs ms no nos st co ltd para det supt insp sgt ch fig figs'.split(
    ' ',
  ),
);

/**
 * Splits text at a `.`, `!` or `?` followed by space and a capital, digit, quote or bracket,
 * unless the full stop ends an abbreviation or a single initial.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  const boundary = /[.!?]["'”’)\]]*\s+(?=[\p{Lu}\p{N}"'“‘(\-–•])/gu;
  for (const m of text.matchAll(boundary)) {
    const stop = m.index;
    if (text[stop] === '.' && isAbbreviation(text, stop)) continue;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
    start = m.index + m[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
  return out;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function isAbbreviation(text: string, stop: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
  if (before.length === 1 && /\p{Lu}/u.test(before)) return true;
  return abbreviations.has(before.toLowerCase());
}

/** The sentence containing the offset (the last one when the offset is past the end). */
export function findSentence(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset < s.end) ?? sentences.at(-1);
}
