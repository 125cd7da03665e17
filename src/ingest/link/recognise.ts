import type { EntityRecord } from './link.types.js';
import { discoverNames } from './discovery.js';
import {
  priorities,
  toDiscoveredEntity,
  type Gazetteer,
  type GazetteerValue,
} from './gazetteer.js';
import { findPhraseMatches, type PhraseMatch } from '../text/phrases.js';
import { splitSentences, type Sentence } from '../text/sentences.js';

/**
 * Finds the entities a text names, sentence by sentence. Where names overlap the longest wins
 * (`Metropolitan Police Authority` over `Metropolitan Police`), then the most trusted source;
 * an ignore phrase swallows the names inside it; a weak name (`health`, `housing`) counts only
 * in a sentence about partners.
 */

export interface RecognisedMention {
  readonly entity: EntityRecord;
  /** Character offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** The name as printed. */
  readonly matched: string;
  readonly sentence: Sentence;
}

/** A sentence speaks of partners when it says so or names a partner or arrangement itself. */
const partnerContext =
  /\b(partners?|partnerships?|agency|agencies|multi-agency|representatives?|statutory|attend(s|ed|ing)?|membership|members)\b/i;

/** Web addresses are not prose: their path segments would read as names (`…/Council_tax.pdf`). */
const webAddress = /\b(?:https?:\/\/|www\.)\S+/g;

/** The text with every web address blanked out, offsets unchanged. */
export function maskWebAddresses(text: string): string {
  return text.replace(webAddress, (url) => ' '.repeat(url.length));
}

const recognised = new WeakMap<Gazetteer, Map<string, RecognisedMention[]>>();

/**
 * The entities the text names, in text order. Items and paragraphs repeat each other's text
 * (a finding is also a paragraph), so each text is read once per gazetteer.
 */
export function recogniseEntities(text: string, gazetteer: Gazetteer): RecognisedMention[] {
  let byText = recognised.get(gazetteer);
  if (!byText) {
    byText = new Map();
    recognised.set(gazetteer, byText);
  }
  let mentions = byText.get(text);
  if (!mentions) {
    mentions = recogniseAll(text, gazetteer);
    byText.set(text, mentions);
  }
  return mentions;
}

function recogniseAll(text: string, gazetteer: Gazetteer): RecognisedMention[] {
  return splitSentences(maskWebAddresses(text)).flatMap((sentence) => {
    const original = { ...sentence, text: text.slice(sentence.start, sentence.end) };
    return recogniseInSentence(sentence.text, gazetteer).map((m) => ({
      entity: m.value.entity!,
      start: sentence.start + m.start,
      end: sentence.start + m.end,
      matched: original.text.slice(m.start, m.end),
      sentence: original,
    }));
  });
}

function recogniseInSentence(
  sentence: string,
  gazetteer: Gazetteer,
): PhraseMatch<GazetteerValue>[] {
  const candidates = [
    ...findPhraseMatches(sentence, gazetteer.index),
    ...findForceLists(sentence, gazetteer),
    ...findAreaUnits(sentence, gazetteer),
  ];
  const accepted = resolveOverlaps(candidates).filter(
    (m) => m.value.entity !== null && !namesAnAct(sentence, m.end),
  );
  const inContext =
    partnerContext.test(sentence) ||
    accepted.some(
      (m) =>
        !m.value.weak &&
        (m.value.entity!.label === 'PartnerAgency' || m.value.entity!.label === 'Initiative'),
    );
  return accepted.filter((m) => !m.value.weak || inContext).sort((a, b) => a.start - b.start);
}

/**
 * Forces a list names by place before `forces` or `force areas`: `City of London, Devon and
 * Cornwall, Essex, Gloucestershire and Lancashire forces`. The places must run up to the word,
 * joined only by commas and `and`.
 */
function findForceLists(sentence: string, gazetteer: Gazetteer): PhraseMatch<GazetteerValue>[] {
  const out: PhraseMatch<GazetteerValue>[] = [];
  if (!/\sforces?\b/i.test(sentence)) return out;
  for (const m of sentence.matchAll(/\s(?:police\s+)?forces?\b/gi)) {
    const prefix = sentence.slice(0, m.index);
    const names = findPhraseMatches(prefix, gazetteer.forceShortNames);
    let end = prefix.length;
    for (;;) {
      const last = names.filter((n) => n.end === end).sort((a, b) => a.start - b.start)[0];
      if (!last) break;
      out.push({
        value: { entity: last.value, weak: false, priority: priorities.curated },
        phrase: last.phrase,
        start: last.start,
        end: last.end,
      });
      const separator = /(?:,\s*(?:and\s+)?|\s+and\s+)$/.exec(prefix.slice(0, last.start));
      if (!separator) break;
      end = last.start - separator[0].length;
    }
  }
  return out;
}

/**
 * The BCUs and LPAs discovery read in the sentence, where a list names several (`Hammersmith
 * and Fulham and Havering BOCUs`) or a place is completed (`Bracknell LPA` is `Bracknell Forest
 * LPA`): each at the place that names it.
 */
function findAreaUnits(sentence: string, gazetteer: Gazetteer): PhraseMatch<GazetteerValue>[] {
  if (!/\b(?:B?OCU|BCU|LPA)s?\b/.test(sentence)) return [];
  return discoverNames(sentence, { places: gazetteer.places }).flatMap((found) => {
    if (found.label !== 'Unit' || (found.kind !== 'BCU' && found.kind !== 'LPA')) return [];
    const entity = gazetteer.discovered.get(toDiscoveredEntity(found, gazetteer.forceId, null).id);
    if (!entity) return [];
    return [
      {
        value: { entity, weak: false, priority: priorities.discovered },
        phrase: { source: found.name, words: [] },
        start: found.start,
        end: found.end,
      },
    ];
  });
}

/** A name followed by `Act` is part of a statute's title (`Police and Criminal Evidence Act`). */
function namesAnAct(sentence: string, end: number): boolean {
  return /^\s+Act\b/.test(sentence.slice(end));
}

/** Longest first, then most trusted, then earliest; a match overlapping an accepted one is dropped. */
function resolveOverlaps(
  matches: readonly PhraseMatch<GazetteerValue>[],
): PhraseMatch<GazetteerValue>[] {
  const ordered = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.value.priority - a.value.priority ||
      Number(a.value.weak) - Number(b.value.weak) ||
      a.start - b.start ||
      compareText(a.value.entity?.id ?? '', b.value.entity?.id ?? ''),
  );
  const accepted: PhraseMatch<GazetteerValue>[] = [];
  for (const match of ordered)
    if (accepted.every((other) => match.end <= other.start || match.start >= other.end))
      accepted.push(match);
  return accepted;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
