/**
 * Word tokens with their offsets: the unit entity names, acronyms and topic cues are matched
 * in. A hyphen, slash or apostrophe separates words, so `problem-solving` and `problem solving`,
 * `children's` and `childrens` compare equal.
 */

export interface Token {
  /** The word as printed (`MARACs`, `Children's`). */
  readonly raw: string;
  /** Lower case, apostrophes removed (`maracs`, `childrens`). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

// Decimal digits only: superscript footnote marks (`Bellona⁴²`) are not part of a word.
const word = /[\p{L}\p{Nd}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text in order. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(word)].map((m) => ({
    raw: m[0],
    key: toKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The comparison key of one word. */
export function toKey(raw: string): string {
  return raw.toLowerCase().replace(/['’]/g, '');
}

/**
 * Whether the text between two tokens keeps them in one name: spaces, hyphens, slashes,
 * apostrophes, one bracket with no space (`SCD(1)`) or a spaced ampersand (`HM Revenue &
 * Customs`); never a comma or a full stop.
 */
export function isNameGap(gap: string): boolean {
  return (
    (/^[\s\-–‐/'’]*$/.test(gap) && !/\n\s*\n/.test(gap)) || /^[()]$/.test(gap) || /^ & $/.test(gap)
  );
}

/** True when a word starts with a capital letter. */
export function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

/** True when a word is an acronym: two or more capitals and no run of lower case (`MASH`, `MetCC`, `SCD5`). */
export function isAcronymLike(raw: string): boolean {
  return (raw.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Ll}{4,}/u.test(raw);
}

/** The singular a plural word may stand for (`teams` → `team`, `authorities` → `authority`). */
export function listSingulars(key: string): string[] {
  const out: string[] = [];
  if (key.endsWith('ies') && key.length > 4) out.push(`${key.slice(0, -3)}y`);
  if (key.endsWith('es') && key.length > 3) out.push(key.slice(0, -2));
  if (key.endsWith('s') && key.length > 2) out.push(key.slice(0, -1));
  return out;
}
