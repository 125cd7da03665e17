import type { ExtractContext } from '../extract-context.js';
import { parseCellNumber } from '../text/numbers.js';
import { makeProvenance, uniqueKey } from '../layout/provenance.js';
import { readPeriod } from './indicator-context.js';
import { isForceHeading, rawLine, readComparatorHeading } from './indicator-columns.js';
import type { Block } from '../layout/layout.js';
import type { ParsedForceFact, Section } from '../report.types.js';
import { slugify, splitCells } from '../text/text.js';

/**
 * The PEEL `Force in numbers` page, whose graphics the conversion flattened into labels
 * followed by pairs of rows:
 *
 *     Crime outcomes*
 *     Charged/summonsed
 *     Evidential difficulties: suspect identified but victim does not support action
 *     Investigation completed but no suspect identified
 *     Metropolitan Police Service\tEngland and Wales
 *     10.6%\t12.1%
 *     Metropolitan Police Service\tEngland and Wales
 *     8.8%\t10.6%
 *     …
 *
 * A run of N pairs (a force-and-comparator heading row, then a row of two numbers) takes the
 * last N labels printed before it, in order; the label before those heads the group and its
 * footnote gives the period. Figures the conversion left without such a heading (a bare
 * `0.070\t01170`, `Metropolitan Police Service England and Wales 83.3%`) cannot be told apart
 * and are not read.
 */
export function extractForceInNumbers(ctx: ExtractContext): ParsedForceFact[] {
  const facts: ParsedForceFact[] = [];
  const keys = new Set<string>();
  for (const part of ctx.tree.children.filter(isForceInNumbers)) {
    const blocks = ctx.layout.blocks.filter(
      (b) => b.lineStart > part.headingEnd && b.lineStart <= part.lineEnd,
    );
    const footnotes = blocks.filter((b) => b.kind === 'footnote');
    let labels: Block[] = [];
    for (let i = 0; i < blocks.length;) {
      const pairs = readPairRun(ctx, blocks, i);
      if (pairs.length === 0) {
        const block = blocks[i]!;
        // A label such as `Evidential difficulties: suspect identified …` reads as a field.
        if (block.kind === 'text' || block.kind === 'field') labels.push(block);
        i++;
        continue;
      }
      const named = labels.slice(-pairs.length);
      const group = labels[labels.length - pairs.length - 1];
      const period = readPeriod(group && findGroupNote(group, footnotes));
      if (named.length === pairs.length)
        pairs.forEach((pair, k) => {
          const fact = toFact(ctx, named[k]!, pair, period);
          facts.push({ ...fact, key: uniqueKey(keys, fact.key) });
        });
      labels = [];
      i += pairs.length * 2;
    }
  }
  return facts;
}

function isForceInNumbers(section: Section): boolean {
  return section.kind === 'part' && /^force-in-numbers$/.test(section.key);
}

interface Pair {
  readonly heading: Block;
  readonly values: Block;
  readonly comparator: string;
}

/** The run of heading/value row pairs starting at block `from` (empty when none starts there). */
function readPairRun(ctx: ExtractContext, blocks: readonly Block[], from: number): Pair[] {
  const pairs: Pair[] = [];
  for (let i = from; i + 1 < blocks.length; i += 2) {
    const heading = splitCells(rawLine(ctx, blocks[i]!));
    const values = splitCells(rawLine(ctx, blocks[i + 1]!));
    const comparator = heading.length === 2 ? readComparatorHeading(heading[1]!) : undefined;
    if (
      comparator === undefined ||
      !isForceHeading(ctx.vocabulary, ctx.force, heading[0]!) ||
      values.length !== 2 ||
      values.some((v) => parseCellNumber(v) === undefined)
    )
      break;
    pairs.push({ heading: blocks[i]!, values: blocks[i + 1]!, comparator });
  }
  return pairs;
}

/** A group label's own period words, else its footnote (`Crime outcomes*` → `^{*}Figures …`). */
function findGroupNote(group: Block, footnotes: readonly Block[]): string {
  if (readPeriod(group.text) !== null) return group.text;
  const marker = /[*†‡]+$/.exec(group.text.trim())?.[0];
  const note = marker && footnotes.find((f) => f.text.replace(/^\^\{|\}/g, '').startsWith(marker));
  return note ? note.text : group.text;
}

function toFact(
  ctx: ExtractContext,
  label: Block,
  pair: Pair,
  period: string | null,
): ParsedForceFact {
  const [value, comparatorValue] = splitCells(rawLine(ctx, pair.values));
  return {
    category: 'INDICATOR',
    key: `indicator/force-in-numbers/${slugify(label.text)}`,
    name: label.text,
    value: parseCellNumber(value!) ?? null,
    valueText: value!,
    unit: value!.endsWith('%') ? '%' : null,
    period: readPeriod(label.text) ?? period,
    change: null,
    comparator: pair.comparator,
    comparatorValue: parseCellNumber(comparatorValue!) ?? null,
    provenance: makeProvenance(ctx.tree, label.lineStart, pair.values.lineEnd, label.text),
  };
}
