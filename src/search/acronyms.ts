/**
 * Acronyms both ways, for search: a report that writes `MIB` is found by "Metropolitan
 * intelligence bureau", and one that writes the name out is found by `MIB`. The pairs come
 * from each report's glossary (they hold for that report's items only: Thames Valley's `PPO`
 * is a public protection officer, elsewhere prolific and priority offenders) and from the
 * names and acronyms of the partner agencies, units and initiatives in the graph (they hold
 * everywhere). Pure: pairs in, each document's extra words out.
 */
import { splitWords, tokenizeText } from './search-text.js';

/** One acronym and what it stands for, as printed. */
export interface AcronymPair {
  readonly acronym: string;
  readonly expansion: string;
}

interface Expansion {
  readonly words: readonly string[];
  readonly acronym: string;
  readonly text: string;
}

/** A set of pairs indexed for scanning a text. */
export interface AcronymTable {
  /** Acronym as printed (case-sensitive) → expansions as printed. */
  readonly byAcronym: ReadonlyMap<string, readonly string[]>;
  /** First normalised word of an expansion → the expansions starting with it. */
  readonly byFirstWord: ReadonlyMap<string, readonly Expansion[]>;
}

/** An acronym search can match: one word of letters and digits with a capital after its start (`MIB`, `MetCC`). */
function isSearchableAcronym(acronym: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(acronym) && /^.[\p{L}\p{N}]*\p{Lu}/u.test(acronym);
}

export function buildAcronymTable(pairs: readonly AcronymPair[]): AcronymTable {
  const byAcronym = new Map<string, string[]>();
  const byFirstWord = new Map<string, Expansion[]>();
  for (const { acronym, expansion } of pairs) {
    const a = acronym.trim();
    const words = tokenizeText(expansion).map((t) => t.word);
    if (!isSearchableAcronym(a) || words.length < 2) continue;
    const list = byAcronym.get(a) ?? [];
    if (!list.includes(expansion)) list.push(expansion);
    byAcronym.set(a, list);
    const first = byFirstWord.get(words[0]!) ?? [];
    if (!first.some((e) => e.acronym === a && e.words.join(' ') === words.join(' ')))
      first.push({ words, acronym: a, text: expansion });
    byFirstWord.set(words[0]!, first);
  }
  return { byAcronym, byFirstWord };
}

/** A name a text does not print (`name`), for one it does (`printed`). */
export interface AlternateName {
  readonly name: string;
  readonly printed: string;
}

/**
 * The other way of writing what a text names: the expansion of every acronym it prints and
 * the acronym of every expansion it spells out, each once, none the text already holds.
 */
export function listAlternateNames(
  texts: readonly string[],
  tables: readonly AcronymTable[],
): AlternateName[] {
  const found = new Map<string, string>();
  const rawWords = new Set(texts.flatMap((text) => splitWords(text)));
  const tokens = texts.map((text) => tokenizeText(text).map((t) => t.word));
  for (const table of tables) {
    for (const word of rawWords)
      for (const expansion of table.byAcronym.get(word) ?? [])
        if (!found.has(expansion)) found.set(expansion, word);
    for (const words of tokens)
      for (let i = 0; i < words.length; i++)
        for (const e of table.byFirstWord.get(words[i]!) ?? [])
          if (!found.has(e.acronym) && e.words.every((w, k) => words[i + k] === w))
            found.set(e.acronym, e.words.join(' '));
  }
  // Keep only what the text does not already say.
  const spelled = tokens.map((words) => ` ${words.join(' ')} `);
  return [...found]
    .filter(([name]) => {
      if (rawWords.has(name)) return false;
      const key = ` ${tokenizeText(name)
        .map((t) => t.word)
        .join(' ')} `;
      return !spelled.some((text) => text.includes(key));
    })
    .map(([name, printed]) => ({ name, printed }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
