/**
 * Text normalisation shared by every ingestion layer: one definition of "the same words", so
 * that a heading, a contents entry, a vocabulary alias and a table label compare equal however
 * the PDF conversion cased, dashed or footnoted them.
 */

const footnoteMarks = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\$\^\{\^?\{?\d+\}?\}\$|\^\{[*\d, ]+\}/g;

/** Removes superscript footnote markers (`Overall judgment²`, `$^{30}$`, `^{*}`, `^{10,11}`). */
export function stripFootnoteMarks(text: string): string {
  return text.replace(footnoteMarks, '');
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The footnotes a text cites, in order, as printed markers: `²⁸` → `28`, `$^{^{30}}$` → `30`,
 * `^{10,11}` → `10` and `11`, `^{*}` → `*`.
 */
export function listFootnoteMarks(text: string): string[] {
  const out: string[] = [];
  for (const [mark] of text.matchAll(footnoteMarks)) {
    if (superscriptDigits.includes(mark[0]!))
      out.push([...mark].map((c) => String(superscriptDigits.indexOf(c))).join(''));
    else out.push(...(mark.match(/\d+|\*/g) ?? []));
  }
  return out;
}

/**
 * A comparison key: lower case, accents folded, dashes and quotes unified, `&` read as `and`,
 * footnote markers dropped, every other run of punctuation or space collapsed to one space.
 */
export function normaliseKey(text: string): string {
  return stripFootnoteMarks(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[‘’`']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL-safe slug of the key: `Protecting Vulnerable People – Child Abuse` → `protecting-vulnerable-people-child-abuse`. */
export function slugify(text: string): string {
  return normaliseKey(text).replace(/ /g, '-');
}

/** Splits a heading at spaced dashes (`A – B`, `A - B`), the HMIC way of writing `parent – child`. */
export function splitDashedSegments(text: string): string[] {
  return text
    .split(/\s+[–—-]\s+/)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
}

/** True when the text ends a sentence or clause, so that the next block cannot continue it. */
export function endsClause(text: string): boolean {
  return /[.!?:;]["'”’)\]]*$/.test(text.trim());
}

/** Splits a line of a flattened table into trimmed cells (the PDF conversion keeps tabs). */
export function splitCells(text: string): string[] {
  return text.split('\t').map((cell) => cell.trim());
}
