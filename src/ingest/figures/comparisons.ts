import type { ComparatorKind, FigureUnit } from '../../domain/figure-vocabulary.js';
import type { FigureComparator } from '../report.types.js';

/**
 * Which number of a paragraph is the comparator of which figure. A comparator is part of its
 * figure, never a figure of its own. The wordings read, in this order:
 *
 *     a total       39 out of 43 forces · 60 of a planned 96 kiosks · 18 'gang boroughs' (out of 32)
 *     a target      exceeded by 6% the numerical target of 48,000 · 373 PCSOs (the overall target
 *                   is 417) · aims to take action on 50 cases a month, but is currently dealing with 31
 *     a comparison  26.2 percent … compared to 4.4 percent in non-MetTrace areas · in line with the
 *                   England and Wales figure of 14.3 percent
 *     next sentence 84 OCGs per million. This compares to 46 … across England and Wales · … 8 percent
 *                   fewer. In England and Wales as a whole, there were 8 percent fewer …
 */

/** A number of a paragraph, with the sentence it is in and the unit read for it. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: FigureUnit;
  readonly sentence: number;
}

export interface Comparison {
  /** Index of the figure in the candidate list. */
  readonly figure: number;
  /** Index of the candidate that is its comparator. */
  readonly comparator: number;
  readonly label: string;
}

const totalGap =
  /^\s+(out\s+)?of\s+(?:(?:the|a|an|its|their|this|these|those|identified|planned|total|overall|possible|such|available)\s+){0,3}$/i;
const outOfGap = /^\s+(?:['‘][^'’]{1,40}['’]|[\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+\(out\s+of\s+$/iu;
const targetCue =
  /\b(?:(target|benchmark|aim|goal)(?:\s+[\p{L}-]+)?\s+(?:of|is|was|to be|set at)|(aims?)\s+to\s+(?:[\p{L}-]+\s+){1,5}?(?:on|of|for)?|(requires?|required|needs?))\s+(?:around\s+|approximately\s+|about\s+|some\s+)?$/iu;
const comparisonCue =
  /\b(?:compared\s+(?:with|to)|compares?\s+(?:with|to)|against|than\s+(?:the|that|in|for|a|an)|in\s+line\s+with|relative\s+to|versus|vs\.?|(?:up|down)\s+from|an?\s+(?:increase|decrease|rise|fall|reduction|drop)\s+from)\b[^;,]*$/i;
const nextSentenceCue =
  /^(?:(?:This|That|Which)\s+(?:is\s+|was\s+)?(?:compares?|compared)\s+(?:with|to)\b|(?:This|That)\s+(?:is|was)\s+(?:(?:well|slightly|broadly|just)\s+)?(?:below|above|higher\s+than|lower\s+than|in\s+line\s+with|similar\s+to|less\s+than|more\s+than)\b|(?:This|That)\s+(?:is|was)\s+an?\s+(?:increase|decrease|rise|fall|reduction|drop)\s+from\b|(?:In|Across)\s+England\s+and\s+Wales\b)/i;

/**
 * The comparisons in a paragraph: `text` is the paragraph, `sentences` the start offset of each
 * sentence, `candidates` its numbers in order.
 */
export function findComparisons(
  text: string,
  sentences: readonly number[],
  candidates: readonly Candidate[],
): Comparison[] {
  const out: Comparison[] = [];
  const taken = new Set<number>();
  const add = (figure: number, comparator: number, label: string): void => {
    if (taken.has(figure) || taken.has(comparator)) return;
    out.push({ figure, comparator, label });
    taken.add(comparator);
  };
  const compared = (i: number): boolean => out.some((c) => c.figure === i);
  candidates.forEach((c, i) => {
    const next = candidates[i + 1];
    if (!next || next.sentence !== c.sentence || c.unit !== 'COUNT') return;
    const gap = text.slice(c.end, next.start);
    const total = totalGap.exec(gap);
    if (total) add(i, i + 1, /planned/i.test(gap) ? 'planned' : total[1] ? 'out of' : 'of');
    else if (outOfGap.test(gap)) add(i, i + 1, 'out of');
  });
  const targets = candidates.map((c) =>
    targetCue.exec(text.slice(sentences[c.sentence] ?? 0, c.start)),
  );
  candidates.forEach((c, i) => {
    const cue = targets[i];
    if (!cue || taken.has(i)) return;
    const label = cue[3]
      ? 'required'
      : (cue[1] ?? 'target').toLowerCase().replace(/^(aim|goal)$/, 'target');
    const earlier = findLast(
      candidates,
      (d, j) => j < i && d.sentence === c.sentence && !taken.has(j) && !targets[j],
    );
    if (earlier >= 0) return add(earlier, i, label);
    const later = candidates.flatMap((d, j) =>
      j > i && d.sentence === c.sentence && d.unit === c.unit && !targets[j] ? [j] : [],
    );
    if (later.length === 0) return;
    taken.add(i);
    for (const j of later) if (!taken.has(j)) out.push({ figure: j, comparator: i, label });
  });
  candidates.forEach((c, i) => {
    if (taken.has(i)) return;
    const j = candidates.findIndex((d, k) => k > i && d.sentence === c.sentence && !taken.has(k));
    if (j < 0 || candidates[j]!.unit !== c.unit || compared(i)) return;
    if (comparisonCue.test(text.slice(c.end, candidates[j]!.start)))
      add(
        i,
        j,
        readComparatorLabel(text, candidates[j]!, sentenceEnd(text, sentences, c.sentence)),
      );
  });
  for (let s = 1; s < sentences.length; s++) {
    const sentence = text.slice(sentences[s]!, sentenceEnd(text, sentences, s));
    if (!nextSentenceCue.test(sentence)) continue;
    const first = candidates.findIndex((c, i) => c.sentence === s && !taken.has(i));
    if (first < 0) continue;
    const figure = findLast(
      candidates,
      (c, i) =>
        c.sentence === s - 1 && c.unit === candidates[first]!.unit && !taken.has(i) && !compared(i),
    );
    if (figure >= 0)
      add(
        figure,
        first,
        readComparatorLabel(text, candidates[first]!, sentenceEnd(text, sentences, s)),
      );
  }
  return out;
}

/** The comparator as the graph stores it. */
export function toComparator(
  candidate: Candidate,
  label: string,
  upTo: number | null = null,
): FigureComparator {
  return {
    value: candidate.value,
    upTo,
    unit: candidate.unit,
    kind: classifyComparator(label),
    label,
  };
}

/** The kind of comparator a label names (`England and Wales`, `MSF average`, `target`, `out of`). */
export function classifyComparator(label: string): ComparatorKind {
  if (/england\s+and\s+wales/i.test(label)) return 'ENGLAND_AND_WALES';
  if (/\bmsf\b|most\s+similar/i.test(label)) return 'MOST_SIMILAR_FORCES';
  if (/\bnational/i.test(label)) return 'NATIONAL_AVERAGE';
  if (/^(?:target|benchmark|required|planned)$/i.test(label)) return 'TARGET';
  if (/^(?:of|out of|full establishment)$/i.test(label)) return 'TOTAL';
  if (/\bago\b|\b(?:previous|last)\s+(?:year|12\s+months|period)\b/i.test(label))
    return 'EARLIER_PERIOD';
  return 'OTHER';
}
function sentenceEnd(text: string, sentences: readonly number[], s: number): number {
  return sentences[s + 1] ?? text.length;
}

/**
 * What a comparator is, from the words after it: `England and Wales`, the most similar forces,
 * the national average, an earlier time (`three years ago`, `the previous year`), or the
 * place or group it stands for (`in non-MetTrace areas`).
 */
function readComparatorLabel(text: string, comparator: Candidate, end: number): string {
  const after = text.slice(comparator.end, end);
  const before = text.slice(Math.max(0, comparator.start - 80), comparator.start);
  const near = `${before} ${after}`;
  if (/England\s+and\s+Wales|all\s+forces/i.test(near)) return 'England and Wales';
  if (/\bMSF\b|most\s+similar/i.test(near)) return 'most similar forces';
  if (/\bnational(?:ly)?\b/i.test(near)) return 'national average';
  const time =
    /\b((?:\w+\s+)?years?\s+ago|(?:the\s+)?(?:previous|last)\s+(?:year|12\s+months|period))\b/i.exec(
      after,
    );
  if (time) return time[1]!;
  const place =
    /^\s*(?:[\p{L}-]+\s+){0,4}?(?:in|for|across|at)\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})/iu.exec(
      after,
    );
  return place ? place[1]!.replace(/^the\s+/i, '').trim() : 'compared value';
}

function findLast<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}
