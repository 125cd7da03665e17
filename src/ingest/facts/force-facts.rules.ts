import { numberSource } from '../text/numbers.js';

/**
 * The wordings that state a force-overview figure, one rule per figure. Every pattern names
 * its parts: `q` an optional qualifier (`over`, `almost`), `cur` a currency sign, `n` the
 * number, `m` a magnitude (`million`), `pct` a per cent sign; the value as printed runs from
 * the first to the last.
 */
export interface OverviewFactRule {
  readonly pattern: RegExp;
  readonly name: (groups: Record<string, string | undefined>) => string;
  /** The unit, given the match and the text right after it (`(full-time equivalent)`). */
  readonly unit: (groups: Record<string, string | undefined>, after: string) => string | null;
}

const q =
  '(?:(?<q>over|almost|approximately|about|around|some|nearly|more than|fewer than|less than|just over|just under|in excess of|under)\\s+)?';
const n = `(?<![\\p{L}\\p{N},.])(?<n>${numberSource})`;
const m = '(?:\\s?(?<m>million|billion)\\b)?';

/** Words that may stand between a count and its noun (`32 territorial boroughs`). */
const countQualifiers = '(?:(?:territorial|borough-based|local|geographic(?:al)?|policing)\\s+)*';

/** Count nouns and the fact name each one gives (abbreviations read as their expansion). */
const countNouns: Readonly<Record<string, string>> = {
  'basic command units': 'basic command units',
  bcus: 'basic command units',
  'operational command units': 'operational command units',
  ocus: 'operational command units',
  boroughs: 'boroughs',
  'crime and disorder reduction partnerships': 'crime and disorder reduction partnerships',
  cdrps: 'crime and disorder reduction partnerships',
  'community safety partnerships': 'community safety partnerships',
  'unitary authorities': 'unitary authorities',
  'county councils': 'county councils',
  'district councils': 'district councils',
  'local authorities': 'local authorities',
  'police officers': 'police officers',
  'police staff': 'police staff',
  'special constables': 'special constables',
  'police community support officers': 'police community support officers',
  pcsos: 'police community support officers',
  volunteers: 'volunteers',
  wards: 'wards',
  neighbourhoods: 'neighbourhoods',
};

const countNounSource = Object.keys(countNouns)
  .sort((a, b) => b.length - a.length)
  .map((noun) => noun.replace(/ /g, '\\s+'))
  .join('|');

const fte = /^\s*\((?:full[- ]time equivalents?|FTE)\)/i;

const rule = (
  source: string,
  name: OverviewFactRule['name'],
  unit: OverviewFactRule['unit'],
): OverviewFactRule => ({ pattern: new RegExp(source, 'gdiu'), name, unit });

export const overviewFactRules: readonly OverviewFactRule[] = [
  rule(
    `${q}${n}\\s+square\\s+(?<u>miles|kilometres|kilometers|km)\\b`,
    () => 'area',
    (g) => (/^mile/i.test(g.u ?? '') ? 'square miles' : 'square kilometres'),
  ),
  rule(
    `\\bpopulation\\s+of\\s+${q}${n}${m}`,
    () => 'population',
    () => 'people',
  ),
  rule(
    `${q}${n}${m}\\s+households\\b`,
    () => 'households',
    () => 'households',
  ),
  rule(
    `${q}${n}\\s+${countQualifiers}(?<noun>${countNounSource})\\b`,
    (g) => countNouns[(g.noun ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'count',
    (_g, after) => (fte.test(after) ? 'FTE' : null),
  ),
  rule(
    `${q}${n}${m}\\s+(?:overnight\\s+)?visitors\\b(?<rate>\\s+(?:annually|every year|each year|a year|per year|per annum))?`,
    (g) => (g.rate ? 'visitors per year' : 'visitors'),
    () => 'people',
  ),
  rule(
    `\\b(?<label>net revenue expenditure|net revenue budget|annual budget)\\b[^.£]{0,80}?\\b(?:of|was|is|be|totals?|totalled)\\s+(?<cur>£)\\s?${n}(?:\\s?(?<m>million|billion|bn|m)\\b)?`,
    (g) => (/expenditure/i.test(g.label ?? '') ? 'net revenue expenditure' : 'budget'),
    () => 'GBP',
  ),
  rule(
    `${q}(?<n>\\d+(?:\\.\\d+)?)(?<pct>%),?\\s+(?:of\\s+the\\s+population|the\\s+percentage\\s+of\\s+the\\s+population)\\b[^.]*?\\b(?:black and minority ethnic|BME)\\b`,
    () => 'black and minority ethnic population',
    () => '%',
  ),
];
