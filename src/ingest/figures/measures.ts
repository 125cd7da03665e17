import type { FigureUnit } from '../../domain/figure-vocabulary.js';
import { stripFootnoteMarks } from '../text/text.js';

/**
 * What a figure counts and when, in the sentence's own words. The measure is the phrase after
 * the number (`181 SHPOs` → `SHPOs`, `18 percent did not have a corresponding DASH record`,
 * `10 percent of all police-recorded crime` → `all police-recorded crime`) up to a clause break,
 * a comparison or the next number; when nothing follows, the clause before it (`the average
 * number of working days lost for officers was 228`). The period is the first time phrase of
 * the sentence (`in the 12 months to 30 June 2016`, `as at 1 July 2016`, `for 2006/07`).
 */

const maxMeasureWords = 14;
/** The phrase after a number is a noun phrase and what it did, not the rest of the sentence. */
const maxForwardWords = 10;
const months =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** Where the phrase after a number stops. */
const afterBreak =
  /,(?!\d)|[;:()[\]–—]|\.(?!\d)|\s(?:compared|compares|which|who|whom|whose|where|while|whereas|than|because|although|but|this|equating|amounting|representing|so\s+that)\b|\s-\s|\sand\s+(?:the|a|an|this|it|its|there|identified|found)\b/i;
/** Where the clause before a number starts. */
const beforeBreak = /,(?!\d)|[;:[\]–—]|\b(?:which|who|and|but|while|whereas)\s/gi;
const edgeWords = new Set(
  'the a an of in to for and or by with on at as from was is were are be been being has have had some around approximately about nearly almost over under just only than more fewer less up down there ='.split(
    ' ',
  ),
);

/** Words that start a phrase about where or when, not about what is counted. */
const notMeasureStart =
  /^(?:in|for|during|at|by|since|over|on|across|within|from|to|and|or|but|as|when|if|with|per)\b/i;
/** A clause ending in a change verb: `police-recorded crime … has decreased by`. */
const changeClause =
  /^(.*?)\s*(?:has|have|had|was|were|is|are)?\s*\b(increased|decreased|fallen|fell|risen|rose|reduced|dropped|grown|grew|improved|declined|down|up)\s+by\s+$/i;
const changeNouns: Readonly<Record<string, string>> = {
  increased: 'increase',
  risen: 'increase',
  rose: 'increase',
  grown: 'increase',
  grew: 'increase',
  up: 'increase',
  improved: 'improvement',
};
/** A list item's own label: `Berkshire East – 164 RSOs …`, `Ethnicity: 19 Asian …`. */
const itemLabel = /^(?:[-•*]\s*)?(\p{Lu}[\p{L}'’&/ ]{1,40}?)\s*(?:–|—|:|\s-\s)\s*$/u;

/** A measure, and whether it was read after the number (else from the clause before it). */
export interface Measure {
  readonly text: string;
  readonly forward: boolean;
}

/** Nouns that say how often, not what: `used … powers 379 times per million`. */
const weakNouns = /^(?:times|occasions|each\s+month|a\s+month|further)$/i;

/**
 * What the figure at `start` measures. `from` is where the phrase after it starts (after its
 * total when that follows it directly: `39 out of 43 forces` → `forces`), `limit` where it
 * must end (the next number of the sentence, or the sentence's end).
 */
export function readMeasure(
  text: string,
  start: number,
  from: number,
  sentenceStart: number,
  limit: number,
  unit: FigureUnit,
): Measure {
  let after = text.slice(from, Math.max(from, limit)).replace(/^\s*\([^\p{L})]*\)/u, '');
  const stop = afterBreak.exec(after);
  if (stop) after = after.slice(0, stop.index);
  if (unit.startsWith('PER_')) after = after.replace(/\bper\b[\s\S]*$/i, '');
  const forward = trimWords(after.replace(/^\s*(?:such\s+)?(?:of|in|on)\s+/i, ''), maxForwardWords);
  const clause = readClauseBefore(text, sentenceStart, start);
  const before = trimWords(
    periods
      .reduce((t, p) => t.replace(p, ''), clause)
      .replace(/^\s*(?:in|for|during)\s+the\s*/i, ''),
  );
  const label = itemLabel.exec(text.slice(sentenceStart, start).replace(/\d[\s\S]*$/, ''));
  const prefix = (m: string): string => (label && m !== '' ? `${label[1]!.trim()}: ${m}` : m);
  const change = changeClause.exec(clause);
  if (change && /\p{L}{3,}/u.test(change[1]!)) {
    const verb = change[2]!.toLowerCase();
    const subject = periods
      .reduce((t, p) => t.replace(p, ''), change[1]!)
      .replace(/\b(?:for|in|during|over)\s+the\s*$/i, '');
    return { text: `${changeNouns[verb] ?? 'decrease'} in ${trimWords(subject)}`, forward: false };
  }
  const forwardOk =
    /\p{L}{3,}/u.test(forward) &&
    !weakNouns.test(forward) &&
    (unit === 'POUNDS' || !notMeasureStart.test(after.trim()));
  if (isDuration(unit) && countWords(before) >= 2) return { text: before, forward: false };
  if (forwardOk) return { text: prefix(forward), forward: true };
  return { text: prefix(before || forward), forward: false };
}

/**
 * The clause before a number: from the last clause break (or the sentence start); when that
 * holds no word that says something (`…, from 3.9 percent`), the clause before it.
 */
function readClauseBefore(text: string, sentenceStart: number, start: number): string {
  const before = text.slice(sentenceStart, start);
  const breaks = [0];
  for (const m of before.matchAll(beforeBreak))
    if (m.index < before.length - 1) breaks.push(m.index + m[0].length);
  const last = before.slice(breaks.at(-1)!);
  if (
    countWords(
      trimWords(last).replace(/\b(?:from|between|varied|varying|ranged|ranging)\b/gi, ''),
    ) > 0 ||
    breaks.length < 2
  )
    return last;
  return before.slice(breaks.at(-2)!, breaks.at(-1)!).replace(/[,;:\s]+$/, '');
}

function isDuration(unit: FigureUnit): boolean {
  return ['MINUTES', 'HOURS', 'DAYS', 'WEEKS', 'MONTHS', 'YEARS'].includes(unit);
}

/** Words that say something: three letters or more, not an auxiliary or a pointer. */
function countWords(phrase: string): number {
  return phrase
    .split(/\s+/)
    .filter(
      (w) =>
        /\p{L}{3,}/u.test(w) &&
        !/^(?:there|were|was|are|has|have|had|this|that|the|then|should|will|would|could)$/i.test(
          w,
        ),
    ).length;
}

/** At most `max` words, without function words at either end or footnote marks. */
function trimWords(phrase: string, max: number = maxMeasureWords): string {
  const words = stripFootnoteMarks(phrase)
    .replace(/[‘’'"“”]/g, (q) => (/[’']/.test(q) ? "'" : ''))
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 0 && edgeWords.has(words[0]!.toLowerCase())) words.shift();
  const kept = words.slice(0, max);
  while (kept.length > 0 && edgeWords.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  return kept.join(' ').replace(/^'|'$/g, '');
}

const day = '(?:\\d{1,2}\\s+)?';
const monthYear = `${day}(?:${months})\\s+(?:19|20)\\d\\d`;
const periods: readonly RegExp[] = [
  new RegExp(
    `\\b(?:12|twelve|\\d+)\\s+months?\\s+(?:to|ending)\\s+${day}(?:${months})(?:\\s+(?:19|20)\\d\\d)?`,
    'i',
  ),
  new RegExp(`\\byear\\s+ending\\s+${monthYear}`, 'i'),
  new RegExp(`\\bas\\s+(?:at|of)\\s+${monthYear}`, 'i'),
  new RegExp(`\\bbetween\\s+(?:${monthYear}|${day}(?:${months}))\\s+and\\s+${monthYear}`, 'i'),
  new RegExp(`\\b(?:${months})\\s+(?:(?:19|20)\\d\\d\\s+)?to\\s+${monthYear}`, 'i'),
  new RegExp(`\\b${monthYear}\\s*[–-]\\s*${monthYear}`, 'i'),
  new RegExp(`\\b(?:19|20)\\d\\d\\s*[/–-]\\s*(?:\\d{4}|\\d{1,2})\\b(?!\\s+(?:${months}))`),
  new RegExp(`\\b(?:in|at|by|during|since|from)\\s+(${monthYear})`, 'i'),
];

/**
 * The time phrase of a figure at `offset` in its sentence, as printed (without a leading `in
 * the`): the last one before it (`When compared with the 12 months to 30 June 2011, … for the
 * 12 months to 30 June 2016 has decreased by 6.3 percent`), else the first after it; the
 * `previous` sentence's period when this one says `in the same period` / `over this same
 * period`; null when none.
 */
export function readPeriod(
  sentence: string,
  offset: number,
  previous: string | null,
): string | null {
  const found = periods
    .flatMap((pattern) => [...sentence.matchAll(new RegExp(pattern.source, 'gi'))])
    .map((m) => ({ at: m.index, end: m.index + m[0].length, text: (m[1] ?? m[0]).trim() }))
    .sort((a, b) => a.at - b.at || b.end - a.end)
    // `As at 1 July 2016` holds `at 1 July 2016`: keep the outer phrase.
    .filter(
      (p, i, all) =>
        !all.some(
          (q, j) => j !== i && q.at <= p.at && p.end <= q.end && (q.at < p.at || q.end > p.end),
        ),
    );
  const before = found.filter((p) => p.at < offset).at(-1);
  const chosen = before ?? found[0];
  if (chosen) return chosen.text.replace(/^(?:As|Between)\b/, (w) => w.toLowerCase());
  return /\b(?:same|this)\s+(?:same\s+)?period\b/i.test(sentence) ? previous : null;
}
