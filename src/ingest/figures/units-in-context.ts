import type { FigureUnit } from '../../domain/figure-vocabulary.js';
import type { NumberMention } from './number-mentions.js';

/**
 * The unit of a number whose own words state none, read from the rest of its clause:
 *
 *     84 organised crime groups (OCGs) per million of the population   PER_MILLION_POPULATION
 *     0.2 applications per 100 domestic-abuse-flagged offences        PER_100_OFFENCES
 *     for every 100 domestic abuse related offences …, there were 45  PER_100_OFFENCES
 *     just over 675 and 5,606 kilos                                   KILOGRAMS (from its partner)
 *     the average number of working days lost for officers was 228    DAYS
 *
 * and otherwise a count.
 */

const rateBases: readonly [RegExp, FigureUnit][] = [
  [/^(?:1,000|one thousand)\s+households\b/i, 'PER_1000_HOUSEHOLDS'],
  [
    /^(?:1,000|one thousand)\s+(?:of\s+(?:the\s+)?)?(?:population|people|residents|head)\b/i,
    'PER_1000_POPULATION',
  ],
  [/^10,000\s+(?:of\s+(?:the\s+)?)?(?:population|people|residents)\b/i, 'PER_10000_POPULATION'],
  [
    /^(?:one\s+)?million\s+(?:of\s+(?:the\s+)?)?(?:population|people|residents)\b/i,
    'PER_MILLION_POPULATION',
  ],
  [/^100\s+[\p{L}\s'’-]{0,60}?\b(?:offences|crimes)\b/iu, 'PER_100_OFFENCES'],
];

/** A `per …` phrase within the number's clause, not beyond a clause break or another number. */
const perPhrase = /^[^.;,\d]{0,80}?\bper\s+(?=[\d\p{L}])/u;
const everyPhrase = /\bfor\s+every\s+(?=100\s)/gi;

/** Duration nouns naming what a number stated after `was`/`is` measures. */
const durationSubject =
  /\b(minutes|hours|days|weeks|months|years)\b[^,.;\d]{0,60}\b(?:was|is|were|are|totalled|stood at|stands at)\s+$/i;
const durationUnits: Readonly<Record<string, FigureUnit>> = {
  minutes: 'MINUTES',
  hours: 'HOURS',
  days: 'DAYS',
  weeks: 'WEEKS',
  months: 'MONTHS',
  years: 'YEARS',
};

/**
 * The unit of each mention of a sentence (`text` is the whole block; mentions are the
 * sentence's figures and candidate comparators, in order, ending at `sentenceEnd`).
 */
export function resolveUnits(
  text: string,
  mentions: readonly NumberMention[],
  sentenceStart: number,
  sentenceEnd: number,
): FigureUnit[] {
  const units = mentions.map((m) => m.unit ?? readRate(text, m, sentenceStart, sentenceEnd));
  // A number standing alone before `and`/`to` and a number with a unit takes that unit.
  for (let i = mentions.length - 2; i >= 0; i--) {
    if (units[i] !== null) continue;
    const gap = text.slice(mentions[i]!.end, mentions[i + 1]!.start);
    if (/^\s*(?:and|or|to|-|–)\s*$/.test(gap)) units[i] = units[i + 1] ?? null;
  }
  return units.map(
    (unit, i) => unit ?? readDurationSubject(text, mentions[i]!, sentenceStart) ?? 'COUNT',
  );
}

function readRate(
  text: string,
  mention: NumberMention,
  sentenceStart: number,
  sentenceEnd: number,
): FigureUnit | null {
  const rest = text.slice(mention.end, sentenceEnd);
  const per = perPhrase.exec(rest);
  if (per) {
    const base = rest.slice(per[0].length);
    for (const [pattern, unit] of rateBases) if (pattern.test(base)) return unit;
  }
  const before = text.slice(sentenceStart, mention.start);
  for (const every of before.matchAll(everyPhrase))
    if (
      /^100\s+[\p{L}\s'’-]{0,60}?\b(?:offences|crimes)\b/iu.test(
        before.slice(every.index + every[0].length),
      )
    )
      return 'PER_100_OFFENCES';
  return null;
}

function readDurationSubject(
  text: string,
  mention: NumberMention,
  sentenceStart: number,
): FigureUnit | null {
  const m = durationSubject.exec(text.slice(sentenceStart, mention.start));
  return m ? (durationUnits[m[1]!.toLowerCase()] ?? null) : null;
}
