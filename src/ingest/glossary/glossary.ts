import type { ExtractContext } from '../extract-context.js';
import { makeProvenance } from '../layout/provenance.js';
import { listSections } from '../layout/sections.js';
import type { ParsedTerm, Section } from '../report.types.js';
import { slugify, splitCells } from '../text/text.js';

/**
 * The glossary appendix (`Appendix: Glossary of Terms and Abbreviations`): one term per line,
 * the acronym and its expansion separated by a tab (`NSIR\tNational Standards for Incident
 * Reporting`) or, where the conversion lost the tab, by a space (`NCRS National Crime
 * Recording Standard`). Letter headings (`A`), rules (`-----\t-----`) and page footers are not
 * terms; a line that does not start with an acronym continues the term above it (an expansion
 * wrapped onto a second line).
 */
export function extractGlossary(ctx: ExtractContext): ParsedTerm[] {
  const terms: ParsedTerm[] = [];
  const seen = new Set<string>();
  for (const section of listGlossarySections(ctx.tree))
    for (const draft of readGlossaryLines(ctx, section)) {
      const key = toTermKey(draft.acronym, draft.expansion);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      terms.push({
        acronym: draft.acronym,
        expansion: draft.expansion,
        provenance: makeProvenance(ctx.tree, draft.lineStart, draft.lineEnd, draft.quote),
      });
    }
  return terms;
}

/**
 * The glossary as the entity linker reads it: acronym as printed → its expansions in glossary
 * order, acronyms sorted (code-unit order) so that the map iterates deterministically.
 */
export function indexGlossary(
  terms: readonly ParsedTerm[],
): ReadonlyMap<string, readonly string[]> {
  const byAcronym = new Map<string, string[]>();
  for (const term of terms) {
    const list = byAcronym.get(term.acronym) ?? [];
    if (!list.includes(term.expansion)) list.push(term.expansion);
    byAcronym.set(term.acronym, list);
  }
  const sorted = [...byAcronym.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((acronym) => [acronym, byAcronym.get(acronym)!]));
}

/**
 * The id of a term: `term/<slug acronym>/<slug expansion>`. Terms that read the same once
 * slugged (`ASB anti-social behaviour`, `ASB Anti-social Behaviour`) are one node, shared by
 * every report that defines them.
 */
export function deriveTermId(acronym: string, expansion: string): string {
  return `term/${slugify(acronym)}/${slugify(expansion)}`;
}

function toTermKey(acronym: string, expansion: string): string {
  const a = slugify(acronym);
  const e = slugify(expansion);
  return a === '' || e === '' ? '' : `${a}/${e}`;
}

function listGlossarySections(tree: Section): Section[] {
  return listSections(tree).filter(
    (s) => /glossary/.test(s.key) && s.kind !== 'contents' && s.kind !== 'front-matter',
  );
}

interface TermDraft {
  acronym: string;
  expansion: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

function readGlossaryLines(ctx: ExtractContext, section: Section): TermDraft[] {
  const drafts: TermDraft[] = [];
  let current: TermDraft | undefined;
  for (let n = section.headingEnd + 1; n <= section.lineEnd; n++) {
    const line = ctx.layout.lines[n - 1]!;
    // A blank line or page footer between two terms ends nothing: continuations are told
    // apart by their first word, not by their position.
    if (line.kind !== 'text') continue;
    const text = line.text.trim();
    if (/^\p{Lu}$/u.test(text)) {
      current = undefined;
      continue;
    }
    const entry = splitTermLine(line.text);
    if (entry) {
      current = { ...entry, lineStart: n, lineEnd: n, quote: text };
      drafts.push(current);
    } else if (current) {
      current.expansion = `${current.expansion} ${text}`;
      current.lineEnd = n;
      current.quote = `${current.quote} ${text}`;
    }
  }
  return drafts;
}

/**
 * `ACRONYM\texpansion` or `ACRONYM expansion`; a parenthesised qualifier belongs to the
 * acronym (`AC (TP)\tassistant commissioner`). Undefined for a line that starts with an
 * ordinary word (a wrapped expansion).
 */
function splitTermLine(raw: string): { acronym: string; expansion: string } | undefined {
  const cells = splitCells(raw).filter((cell) => cell !== '');
  if (cells.length >= 2 && isAcronymLike(cells[0]!.split(/\s+/)[0]!))
    return { acronym: cells[0]!, expansion: cells.slice(1).join(' ') };
  const words = raw.trim().split(/\s+/);
  if (words.length < 2 || !isAcronymLike(words[0]!)) return undefined;
  let split = 1;
  while (split < words.length - 1 && /^\([\p{Lu}\d&/]+\)$/u.test(words[split]!)) split++;
  return { acronym: words.slice(0, split).join(' '), expansion: words.slice(split).join(' ') };
}

/**
 * `ACPO`, `MoPI`, `TfL`, `T&C`, `SM&PD`: a capital first, at least two capitals, and no more
 * lower-case letters than capitals (`Community-Isolation`, wrapped from an expansion, is a word).
 */
function isAcronymLike(word: string): boolean {
  if (!/^[\p{Lu}\d][\p{L}\d&/.'’-]*$/u.test(word)) return false;
  const upper = (word.match(/\p{Lu}/gu) ?? []).length;
  const lower = (word.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 2 && upper >= lower;
}
