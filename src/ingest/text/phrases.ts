import { isNameGap, listSingulars, tokenize, toKey, type Token } from './tokens.js';

/**
 * Phrases matched word by word: entity names and acronyms, topic cues, ignore phrases. One
 * syntax for all of them, so that the vocabulary reads the same everywhere:
 *
 * - words in order, separated in the text by spaces, hyphens, slashes or brackets only;
 * - a word with a capital after its first letter (`CPS`, `MetCC`, `ViSOR`, `IT`) must be printed
 *   exactly so; every other word matches in any case;
 * - the last word also matches its plural (`MARACs`, `teams`, `authorities`);
 * - a word ending in `*` matches any word it begins (`supervis*` → `supervision`, `supervisors`).
 */

interface PhraseWord {
  readonly raw: string;
  readonly key: string;
  readonly caseSensitive: boolean;
  readonly prefix: boolean;
  /** Written after a comma (`Strategy, Modernisation and …`): the text may print one there too. */
  readonly afterComma: boolean;
}

export interface Phrase {
  /** As written in the vocabulary. */
  readonly source: string;
  readonly words: readonly PhraseWord[];
}

export interface PhraseMatch<T> {
  readonly value: T;
  readonly phrase: Phrase;
  /** Character offsets of the match in the text. */
  readonly start: number;
  readonly end: number;
}

export interface PhraseIndex<T> {
  /** Phrases by the key of their first word. */
  readonly byFirstKey: ReadonlyMap<string, readonly { phrase: Phrase; value: T }[]>;
  /** Phrases whose first word is a prefix (`train*`), by the prefix's first two letters. */
  readonly prefixed: ReadonlyMap<string, readonly { phrase: Phrase; value: T }[]>;
}

/** Compiles a phrase; returns undefined for one without words. */
export function compilePhrase(source: string): Phrase | undefined {
  const words: PhraseWord[] = [];
  let comma = false;
  for (const part of source.split(/\s+/)) {
    const prefix = part.endsWith('*');
    for (const token of tokenize(prefix ? part.slice(0, -1) : part)) {
      words.push({
        raw: token.raw,
        key: token.key,
        caseSensitive: /\p{L}.*\p{Lu}/u.test(token.raw),
        prefix: false,
        afterComma: comma,
      });
      comma = false;
    }
    if (part.endsWith(',')) comma = true;
    if (prefix && words.length > 0) words[words.length - 1] = { ...words.at(-1)!, prefix: true };
  }
  return words.length === 0 ? undefined : { source, words };
}

/** Indexes phrases for `findPhraseMatches`; phrases without words are skipped. */
export function createPhraseIndex<T>(
  entries: readonly { readonly source: string; readonly value: T }[],
): PhraseIndex<T> {
  const byFirstKey = new Map<string, { phrase: Phrase; value: T }[]>();
  const prefixed = new Map<string, { phrase: Phrase; value: T }[]>();
  for (const { source, value } of entries) {
    const phrase = compilePhrase(source);
    if (!phrase) continue;
    if (phrase.words[0]!.prefix) {
      const start = phrase.words[0]!.key.slice(0, 2);
      prefixed.set(start, [...(prefixed.get(start) ?? []), { phrase, value }]);
      continue;
    }
    const key = phrase.words[0]!.key;
    const list = byFirstKey.get(key) ?? [];
    list.push({ phrase, value });
    byFirstKey.set(key, list);
  }
  return { byFirstKey, prefixed };
}

/**
 * One index of the phrases of `base` that `keep` accepts and those of `extra`: what a compiled
 * index reused across calls is combined with, without compiling it again.
 */
export function combinePhraseIndexes<T>(
  base: PhraseIndex<T>,
  extra: PhraseIndex<T>,
  keep: (entry: { phrase: Phrase; value: T }) => boolean = () => true,
): PhraseIndex<T> {
  const combine = (
    a: ReadonlyMap<string, readonly { phrase: Phrase; value: T }[]>,
    b: ReadonlyMap<string, readonly { phrase: Phrase; value: T }[]>,
  ) => {
    const out = new Map<string, { phrase: Phrase; value: T }[]>();
    for (const [key, list] of a) out.set(key, list.filter(keep));
    for (const [key, list] of b) out.set(key, [...(out.get(key) ?? []), ...list]);
    return out;
  };
  return {
    byFirstKey: combine(base.byFirstKey, extra.byFirstKey),
    prefixed: combine(base.prefixed, extra.prefixed),
  };
}

/** Every match of every indexed phrase in the text, in text order (overlaps included). */
export function findPhraseMatches<T>(
  text: string,
  index: PhraseIndex<T>,
  tokens: readonly Token[] = tokenize(text),
): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lists = [
      index.byFirstKey.get(token.key),
      ...listSingulars(token.key).map((key) => index.byFirstKey.get(key)),
      index.prefixed.get(token.key.slice(0, 2)),
      token.key.length < 2 ? undefined : index.prefixed.get(token.key.slice(0, 1)),
    ];
    for (const list of lists)
      for (const { phrase, value } of list ?? []) {
        const end = matchPhraseAt(text, tokens, i, phrase);
        if (end >= 0) out.push({ value, phrase, start: token.start, end: tokens[end]!.end });
      }
  }
  return out;
}

/** The index of the last token of a match starting at token `i`, or -1. */
function matchPhraseAt(text: string, tokens: readonly Token[], i: number, phrase: Phrase): number {
  const { words } = phrase;
  if (i + words.length > tokens.length) return -1;
  for (let j = 0; j < words.length; j++) {
    const token = tokens[i + j]!;
    const gap = j > 0 ? text.slice(tokens[i + j - 1]!.end, token.start) : '';
    if (j > 0 && !isNameGap(gap) && !(words[j]!.afterComma && /^,\s*$/.test(gap))) return -1;
    if (!matchesWord(token, words[j]!, j === words.length - 1)) return -1;
  }
  return i + words.length - 1;
}

function matchesWord(token: Token, word: PhraseWord, last: boolean): boolean {
  if (word.prefix)
    return word.caseSensitive ? token.raw.startsWith(word.raw) : token.key.startsWith(word.key);
  if (word.caseSensitive)
    return (
      token.raw === word.raw ||
      (last && /^s$|^es$/.test(token.raw.slice(word.raw.length)) && token.raw.startsWith(word.raw))
    );
  return token.key === word.key || (last && listSingulars(token.key).includes(word.key));
}

/** The key a phrase is compared by when two names are checked for being the same. */
export function toPhraseKey(source: string): string {
  return tokenize(source)
    .map((t) => toKey(t.raw))
    .join(' ');
}
