import type { EntityRecord } from './link.types.js';
import type { Gazetteer, GazetteerValue } from './gazetteer.js';
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

/** The entities the text names, in text order. */
export function recogniseEntities(text: string, gazetteer: Gazetteer): RecognisedMention[] {
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
  const accepted = resolveOverlaps(findPhraseMatches(sentence, gazetteer.index)).filter(
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
