import type { FigureUnit } from '../../domain/figure-vocabulary.js';
import { parsePrintedNumber } from '../text/numbers.js';

/**
 * Every number printed in digits in a piece of text, with the unit its own words give it and,
 * when it is no figure, why: a year or date (`30 June 2016`, `2006/07`, `mid-2015`), a time
 * (`9am`, `24/7`), a duration that places another number in time (`the 12 months to`, `the
 * previous 12 months`, `18 months previously`), an age (`aged 18`, `16-24 year-olds`), an
 * identifier (`section 34`, `level 3`, `Figure 4`, `Risk Matrix 2000`, `PSA 1`, `B4`, `4Ps`), a
 * phone number, a web address, the emergency number, the base of a rate (`per 1,000`).
 *
 *     £73m            73000000 POUNDS        26.2 percent    26.2 PERCENT
 *     5,606 kilos     5606 KILOGRAMS         48 hours        48 HOURS
 *     1:50            50 RATIO               2.1 million     2100000 (unit decided later)
 */

export interface NumberMention {
  /** Offset of the first character: the currency sign, else the first digit. */
  readonly start: number;
  /** Offset after the last character of the number, its magnitude and its unit word. */
  readonly end: number;
  /** Offset after the number and its magnitude (before the unit word). */
  readonly numberEnd: number;
  readonly value: number;
  /** The unit its own words state, null when none does (a count, or a rate read later). */
  readonly unit: FigureUnit | null;
  /** Why the number is not a figure, null when it may be one. */
  readonly excluded: string | null;
}

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * A number in digits; never one glued to a letter, a slash, a colon or another number, nor one
 * after a dash unless the dash follows a number (`30–60 minutes`, not `mid-2015`).
 */
const digits =
  /(?<![\p{L}\p{N}_.,/:])(?<![^\p{N}\s][-–])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}])/gu;

/** Text that holds digits but never a figure: web addresses, phone numbers, footnote markers. */
const maskedSpans = [
  /\b(?:https?:\/\/|www\.)[^\s)\]>]+/gi,
  /\[[^\]]*\]\([^)]*\)/g,
  /(?<![\d,.])0\d{2,4}(?:[ -]?\d{3,7}){1,2}(?![\d,])/g,
  /\bext\.?\s*\d+(?:\s\d+)*/gi,
  /\$?\^\{[^}]*\}\$?/g,
  /\b(?:19|20)\d\d\s*[/–-]\s*\d{2,4}\b/g,
];

const unitWords: readonly [RegExp, FigureUnit][] = [
  [/^\s?%/, 'PERCENT'],
  [/^\s(?:per\s?cent|percent)\b/i, 'PERCENT'],
  [/^\s?(?:percentage points?|pp)\b/i, 'PERCENTAGE_POINTS'],
  [/^[\s-](?:minutes?|mins?)\b/i, 'MINUTES'],
  [/^[\s-]hours?\b/i, 'HOURS'],
  [/^[\s-](?:(?:working|training|calendar|sitting|staff|officer)\s+)?days?\b/i, 'DAYS'],
  [/^[\s-]weeks?\b/i, 'WEEKS'],
  [/^[\s-]months?\b/i, 'MONTHS'],
  [/^[\s-]years?\b(?![\s-]olds?)/i, 'YEARS'],
  [/^\s?square\s+miles\b/i, 'SQUARE_MILES'],
  [/^\s?(?:kilos|kilograms?|kg)\b/i, 'KILOGRAMS'],
];

/** Words (lower case) after which a number names something (`section 34`, `level 3`). */
const identifierWords =
  /\b(?:sections?|s\.|paragraphs?|paras?\.?|figures?|fig\.|pages?|annex|appendix|chapters?|tables?|levels?|categor(?:y|ies)|tiers?|grades?|recommendations?|questions?|q\.|outcomes?|forms?|psa|acts?|number|no\.|nos\.|versions?|stages?|phases?|steps?|articles?|box|rooms?|units?|standards?|wave|round|schedule|rule|clause|priority|priorities|option|parts?)\s*$/i;

/** Capitalised words that may stand before a number in prose (all others name something: `Local 3`). */
const wordsBeforeNumbers = new Set(
  `a about above additionally after all almost an and approximately around as at before below between but by currently during each every exactly fewer for from further however in just less more nearly of on only over overall per since so some than that the there these this those to total under up when where whereas which while with within yet ${months.toLowerCase().replace(/\|/g, ' ')}`.split(
    ' ',
  ),
);

const periodUnit = '(?:months?|years?|weeks?|quarters?|days?)';
/** After the number: it is the length of a period another number refers to. */
const periodAfter = new RegExp(
  `^\\s+previous\\s+${periodUnit}|^[\\s-]${periodUnit}(?:\\s+(?:to|ending|up\\s+to)\\s+(?:\\d{1,2}\\s+)?(?:${months}|the\\s+end)|\\s+(?:ago|previously|earlier|before)\\b|[\\s-]period\\b|\\s+previous\\b)`,
  'i',
);
/** Before the number: `the previous`, `the past`, `the last`. */
const periodBefore = /\b(?:previous|past|last|preceding|prior|following|next|latest)\s+$/i;

const ageBefore = /\b(?:aged|ages?|age\s+of)\s+$/i;
const ageAfter =
  /^(?:\s*(?:-|–|to)\s*\d+)?[\s-]*(?:years?[\s-]+olds?|year[\s-]+olds?|years?\s+and\s+(?:over|above|under)|and\s+(?:over|above|under)|or\s+(?:over|above|under))\b/i;

/**
 * The numbers in `text`, in order. Numbers inside web addresses, phone numbers and footnote
 * markers are not listed at all.
 */
export function findNumberMentions(text: string): NumberMention[] {
  const masked = maskSpans(text);
  const out: NumberMention[] = [];
  let identifierChain = -1;
  for (const m of masked.matchAll(digits)) {
    const token = m[1]!;
    const at = m.index;
    const before = masked.slice(0, at);
    let after = masked.slice(at + token.length);
    const currency = /£\s?$/.exec(before);
    const start = currency ? at - currency[0].length : at;
    const magnitude = /^\s?(million|billion|bn|m)\b/i.exec(after);
    const useMagnitude =
      magnitude !== null && (currency !== null || /^\s?(million|billion)/i.test(magnitude[0]));
    let numberEnd = at + token.length + (useMagnitude ? magnitude[0].length : 0);
    after = masked.slice(numberEnd);
    let value = parsePrintedNumber(token, useMagnitude ? magnitude[1] : undefined);
    let unit: FigureUnit | null = currency ? 'POUNDS' : null;
    let end = numberEnd;
    const ratio = /^:(\d+(?:\.\d+)?)(?![\p{N}])/u.exec(after);
    if (ratio && token === '1') {
      value = Number(ratio[1]);
      unit = 'RATIO';
      numberEnd += ratio[0].length;
      end = numberEnd;
    } else if (!currency) {
      for (const [pattern, u] of unitWords) {
        const w = pattern.exec(after);
        if (!w) continue;
        unit = u;
        end = numberEnd + w[0].length;
        break;
      }
    }
    const excluded =
      value === undefined
        ? 'not a number'
        : findExclusion(masked, token, at, numberEnd, currency !== null, unit, identifierChain);
    // A number joined to an identifier, phone number or clock time (`sections 34 to 42`,
    // `0700 to 1000`) is one too.
    identifierChain =
      excluded !== null && !/^(?:year|date|age|period length|rate base)$/.test(excluded) ? end : -1;
    out.push({ start, end, numberEnd, value: value ?? Number.NaN, unit, excluded });
  }
  return out;
}

/** The text with web addresses, phone numbers and markers blanked out, offsets unchanged. */
function maskSpans(text: string): string {
  let out = text;
  for (const pattern of maskedSpans)
    out = out.replace(pattern, (span) => span.replace(/[\p{N}]/gu, '#'));
  return out;
}

function findExclusion(
  text: string,
  token: string,
  at: number,
  numberEnd: number,
  currency: boolean,
  unit: FigureUnit | null,
  identifierChain: number,
): string | null {
  const before = text.slice(0, at);
  const after = text.slice(numberEnd);
  const rawAfter = text.slice(at + token.length);
  if (/^\/|^[\p{L}]/u.test(rawAfter) && !currency && !/^(?:m|bn|pp|kg)\b/.test(rawAfter))
    return /^(?:am|pm)\b/i.test(rawAfter) ? 'time' : 'glued to letters';
  if (unit !== 'RATIO' && /^(?:\s?(?:am|pm|a\.m\.|p\.m\.)\b|:\d)/i.test(rawAfter)) return 'time';
  if (!currency && unit !== 'PERCENT' && /^(?:1[89]|20)\d\d$/.test(token)) return 'year';
  if (new RegExp(`^\\s+(?:${months})\\b`).test(after)) return 'date';
  if (token === '999') return 'emergency number';
  if (/^0\d{3,}$/.test(token)) return 'phone number or clock time';
  if (/^\p{L}\($/u.test(before.slice(-2))) return 'identifier';
  if (token === '24' && /^(?:-hours?|\s?hrs?)\b/i.test(rawAfter)) return 'round the clock';
  if (/\b(?:per|rate\s+for|for\s+every)\s+$/i.test(before)) return 'rate base';
  if (/\b(?:sum|add\s+up)\s+to\s+$/i.test(before)) return 'rounding note';
  if (/['‘]$/.test(before)) return 'identifier';
  if (
    identifierChain >= 0 &&
    /^(?:\s*(?:,|and|or|to|&|-|–)\s*)+$/.test(text.slice(identifierChain, at))
  )
    return 'same as the number before';
  if (identifierWords.test(before)) return 'identifier';
  const word = /(\p{Lu}[\p{L}'’]*)\)?\.?\s+$/u.exec(before);
  if (word && !wordsBeforeNumbers.has(word[1]!.toLowerCase())) return 'identifier';
  if (
    /^\d{1,2}$/.test(token) &&
    /(?:^|[>;:])\s*(?:[-•*]\s*|and\s+)?$/.test(before) &&
    /^\.\s/.test(after)
  )
    return 'list number';
  if (ageBefore.test(before) || ageAfter.test(after)) return 'age';
  if (periodAfter.test(after) || (unit !== null && periodBefore.test(before)))
    return 'period length';
  return null;
}
