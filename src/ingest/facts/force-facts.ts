import type { ExtractContext } from '../extract-context.js';
import { parsePrintedNumber } from '../text/numbers.js';
import { makeProvenance, uniqueKey } from '../layout/provenance.js';
import { quoteAround } from '../text/quote.js';
import { extractForceInNumbers } from './force-in-numbers.js';
import { extractIndicatorTables } from './indicators.js';
import { overviewFactRules, type OverviewFactRule } from './force-facts.rules.js';
import type { Block } from '../layout/layout.js';
import type { ParsedForceFact, Section } from '../report.types.js';
import { slugify } from '../text/text.js';

/**
 * Every figure the report states about its force: the force overview's standing facts
 * (`extractOverviewFacts`), indicator tables (`extractIndicatorTables`) and the PEEL `Force in
 * numbers` page (`extractForceInNumbers`), in line order, keys unique within the report.
 */
export function extractForceFacts(ctx: ExtractContext): ParsedForceFact[] {
  const keys = new Set<string>();
  return [
    ...extractOverviewFacts(ctx),
    ...extractIndicatorTables(ctx),
    ...extractForceInNumbers(ctx),
  ]
    .sort((a, b) => a.provenance.lineStart - b.provenance.lineStart || compare(a.key, b.key))
    .map((fact) => ({ ...fact, key: uniqueKey(keys, fact.key) }));
}

/**
 * Standing figures from the force overview (`Force Overview and Context`): area, population,
 * households, BCUs/OCUs/boroughs, officers, staff, PCSOs, net revenue expenditure and the like
 * (`force-facts.rules.ts`), each from the sentence that states it. The overview's subsections
 * on strategic priorities, force developments and performance are skipped: their numbers are
 * targets and changes, not standing facts. The first statement of a figure wins.
 *
 * Period: a month and year or a financial year the sentence gives (`in March 2007`,
 * `for 2007/08`), else null.
 */
export function extractOverviewFacts(ctx: ExtractContext): ParsedForceFact[] {
  const facts = new Map<string, ParsedForceFact>();
  for (const part of ctx.tree.children.filter(isOverviewPart))
    for (const block of ctx.layout.blocks) {
      if (block.lineStart <= part.headingEnd || block.lineStart > part.lineEnd) continue;
      if (block.kind === 'table' || block.kind === 'footnote') continue;
      if (isSkippedSubsection(part, block.lineStart)) continue;
      for (const sentence of splitSentences(block.text))
        for (const fact of readSentence(ctx, block, sentence))
          if (!facts.has(fact.name)) facts.set(fact.name, fact);
    }
  return [...facts.values()].sort(
    (a, b) => a.provenance.lineStart - b.provenance.lineStart || compare(a.key, b.key),
  );
}

function isOverviewPart(section: Section): boolean {
  return section.kind === 'part' && /^force-overview\b/.test(section.key);
}

/** Whether a subsection on the way from the overview part down to the line is one to skip. */
function isSkippedSubsection(part: Section, line: number): boolean {
  let section = part;
  for (;;) {
    const next = section.children.find((c) => c.lineStart <= line && line <= c.lineEnd);
    if (!next) return false;
    if (/priorit|development|performance|since/.test(next.key)) return true;
    section = next;
  }
}

/** Sentences of a paragraph: split after `.`, `;` or `?` followed by a capital or a bullet. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.;?])\s+(?=[\p{Lu}\d(£-])/u).filter((s) => s.trim() !== '');
}

const monthYear =
  /\b(?:in|at|as at|for|during|by)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d|(?:19|20)\d\d\/\d{2,4})\b/;

function readSentence(ctx: ExtractContext, block: Block, sentence: string): ParsedForceFact[] {
  const period = monthYear.exec(sentence)?.[1] ?? null;
  const out: ParsedForceFact[] = [];
  for (const rule of overviewFactRules)
    for (const m of sentence.matchAll(rule.pattern)) {
      const fact = toFact(ctx, block, sentence, rule, m, period);
      if (fact) out.push(fact);
    }
  return out;
}

function toFact(
  ctx: ExtractContext,
  block: Block,
  sentence: string,
  rule: OverviewFactRule,
  m: RegExpMatchArray,
  period: string | null,
): ParsedForceFact | undefined {
  const groups = m.groups ?? {};
  const value = parsePrintedNumber(groups.n ?? '', groups.m);
  const indices = m.indices?.groups;
  if (value === undefined || !indices) return undefined;
  const start = Math.min(
    ...[indices.q, indices.cur, indices.n].filter((s) => s !== undefined).map((s) => s![0]),
  );
  const end = Math.max(
    ...[indices.n, indices.m, indices.pct].filter((s) => s !== undefined).map((s) => s![1]),
  );
  const name = rule.name(groups);
  return {
    category: 'OVERVIEW',
    key: `fact/${slugify(name)}`,
    name,
    value,
    valueText: sentence.slice(start, end),
    unit: rule.unit(groups, sentence.slice(m.index! + m[0].length)),
    period,
    change: null,
    comparator: null,
    comparatorValue: null,
    provenance: makeProvenance(
      ctx.tree,
      block.lineStart,
      block.lineEnd,
      quoteAround(sentence, start, end),
    ),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
