import type { LinkableItem, TopicEntry, TopicTag } from './link.types.js';
import {
  createPhraseIndex,
  findPhraseMatches,
  type Phrase,
  type PhraseIndex,
} from '../text/phrases.js';
import type { Gazetteer } from './gazetteer.js';
import { maskWebAddresses, recogniseEntities } from './recognise.js';
import { quoteAround } from '../text/quote.js';
import { splitSentences } from '../text/sentences.js';

/**
 * The topic classifier: rules over the text, explainable by construction. A finding or
 * recommendation is tagged with a topic when its cues show the item is about the topic, not
 * when one of its words happens to be a cue; the tag keeps the first cue that counted, the
 * words it matched and the sentence they are in.
 *
 * A cue does not count where its words are not the text's own words about the subject:
 * - inside one of the topic's exclude phrases (`may be an oversight`, `communications room`);
 * - inside an organisation's name longer than the cue (`chief officer` in the Association of
 *   Chief Police Officers), or where the cue is an organisation's name written out (`Victim
 *   Support` the charity is not victim care; an acronym such as `IDVA`, the advisers, still
 *   counts), except for a topic whose cues are organisations' names (`organisationNames`:
 *   partnership working, where naming a partner is the point);
 * - inside an `eg` aside in brackets (`links with other key business processes (eg PDR
 *   objectives, NIM, finance, management skills)`): examples named in passing.
 *
 * A cue that counts is strong or weak. A phrase (`performance management`) or a name printed
 * exactly (`NIM`, `ViSOR`) is strong: one is enough. A weak cue is one ordinary word
 * (`policies`, `training`, `partners`), or a cue that is part of a name: of a unit or
 * initiative the entity extractor found (`career management unit`, `computer-aided
 * despatch`), or of a body the text names by a common noun (`chief officer group`,
 * `resources board`, `management information units`). The names of units and initiatives say
 * what they do, so their words still count, but like one ordinary word: a long finding that
 * uses such a word once, in passing, is not about the topic. A weak cue tags the item when
 * it has support: another cue of the topic in the item (the same word again included), or
 * its place in the item's first sentence, which states what the finding is about (a
 * one-sentence recommendation is all first sentence).
 */

/** A span of a text that names an entity, as entity recognition found it. */
export interface NamedSpan {
  readonly start: number;
  readonly end: number;
  /** A partner agency or other organisation (not a unit, initiative or force). */
  readonly organisation: boolean;
  /** Printed as an acronym, without a lower-case letter (`IDVA`). */
  readonly acronym: boolean;
}

/** An aside in brackets that gives examples: `(eg …)`, `(e.g. …)`. */
const asideInBrackets = /[([]\s*e\.?\s?g\b\.?[^)\]]*[)\]]/gi;

interface CueValue {
  readonly topic: TopicEntry;
  readonly exclude: boolean;
}

export type TopicIndex = PhraseIndex<CueValue>;

/** A topic found in a text: the first cue that matched, the words it matched and where. */
export interface TopicMatch {
  readonly topicId: string;
  readonly cue: string;
  /** The words of the text the cue matched, as printed (`prevention` for the cue `prevent*`). */
  readonly matched: string;
  readonly quote: string;
}

/** Indexes the cues and exclude phrases of a taxonomy. */
export function buildTopicIndex(topics: readonly TopicEntry[]): TopicIndex {
  return createPhraseIndex(
    topics.flatMap((topic) => [
      ...topic.cues.map((source) => ({ source, value: { topic, exclude: false } })),
      ...topic.excludes.map((source) => ({ source, value: { topic, exclude: true } })),
    ]),
  );
}

/**
 * The topics a text is about, in order of the first cue that counts. `names` are the entity
 * names in the text (offsets in `text`), whose words are not cues or weak ones (see above).
 */
export function classifyTopics(
  text: string,
  index: TopicIndex,
  names: readonly NamedSpan[] = [],
): TopicMatch[] {
  const byTopic = new Map<string, CueOccurrence[]>();
  for (const occurrence of findCueOccurrences(text, index, names)) {
    const list = byTopic.get(occurrence.topic.id) ?? [];
    list.push(occurrence);
    byTopic.set(occurrence.topic.id, list);
  }
  const found: { at: number; match: TopicMatch }[] = [];
  for (const [topicId, occurrences] of byTopic) {
    const counted = occurrences.find(
      (o) => o.strong || o.firstSentence || occurrences.some((other) => other.start !== o.start),
    );
    if (counted)
      found.push({
        at: counted.start,
        match: { topicId, cue: counted.cue, matched: counted.matched, quote: counted.quote },
      });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.match);
}

/** A cue of a topic where it counts (outside excludes, asides and organisations' names). */
interface CueOccurrence {
  readonly topic: TopicEntry;
  readonly cue: string;
  readonly matched: string;
  readonly quote: string;
  /** Offset in the text. */
  readonly start: number;
  /** A phrase or an exact name outside a name of something else: enough on its own. */
  readonly strong: boolean;
  /** In the item's first sentence. */
  readonly firstSentence: boolean;
}

function findCueOccurrences(
  text: string,
  index: TopicIndex,
  names: readonly NamedSpan[],
): CueOccurrence[] {
  const out: CueOccurrence[] = [];
  const masked = maskWebAddresses(text);
  const asides = [...masked.matchAll(asideInBrackets)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  splitSentences(masked).forEach((sentence, n) => {
    const matches = findPhraseMatches(sentence.text, index);
    const excluded = matches.filter((m) => m.value.exclude);
    for (const m of matches) {
      const topic = m.value.topic;
      if (m.value.exclude) continue;
      const inExclude = excluded.some(
        (x) => x.value.topic.id === topic.id && x.start <= m.start && x.end >= m.end,
      );
      if (inExclude) continue;
      const start = sentence.start + m.start;
      const end = sentence.start + m.end;
      if (asides.some((a) => a.start <= start && a.end >= end)) continue;
      if (names.some((name) => isNameWord(name, start, end, topic))) continue;
      const inName =
        names.some((name) => !name.organisation && isInsideName(name, start, end)) ||
        bodyNounAfter.test(sentence.text.slice(m.end));
      out.push({
        topic,
        cue: m.phrase.source,
        // Masking keeps offsets, so the printed words are read from the text itself.
        matched: text.slice(start, end),
        quote: quoteAround(sentence.text, m.start, m.end),
        start,
        strong: !isOneOrdinaryWord(m.phrase) && !inName,
        firstSentence: n === 0,
      });
    }
  });
  return out;
}

/**
 * A common noun that makes the words before it the name of a body or a place: `chief officer
 * group`, `resources board`, `management information units`.
 */
const bodyNounAfter =
  /^[\s-]+(?:units?|teams?|boards?|groups?|rooms?|departments?|directorates?|committees?|desks?|branch(?:es)?)\b/i;

/** One word matched in any case (`policies`, `train*`), not a name printed exactly (`NIM`). */
function isOneOrdinaryWord(phrase: Phrase): boolean {
  return phrase.words.length === 1 && !phrase.words[0]!.caseSensitive;
}

/** Whether `start`..`end` lies in a name and is less than the whole of it. */
function isInsideName(name: NamedSpan, start: number, end: number): boolean {
  return name.start <= start && name.end >= end && name.end - name.start > end - start;
}

/** The entity names of a text as `classifyTopics` reads them, from the report's gazetteer. */
export function listNamedSpans(text: string, gazetteer: Gazetteer): NamedSpan[] {
  return recogniseEntities(text, gazetteer).map((m) => ({
    start: m.start,
    end: m.end,
    organisation: m.entity.label === 'PartnerAgency' || m.entity.label === 'Body',
    acronym: !/\p{Ll}/u.test(m.matched),
  }));
}

/** Whether a cue matched at `start`..`end` is only a word of an entity's name (see above). */
function isNameWord(name: NamedSpan, start: number, end: number, topic: TopicEntry): boolean {
  if (!name.organisation || topic.organisationNames === true) return false;
  if (name.start > start || name.end < end) return false;
  return name.end - name.start > end - start || !name.acronym;
}

/**
 * TAGGED links for findings, recommendations and passages (initiatives and footnotes, which
 * explain a term, are not tagged), sorted; `readNames` gives the entity names in an item's text.
 */
export function tagItems(
  items: readonly LinkableItem[],
  index: TopicIndex,
  reportId: string,
  readNames: (text: string) => readonly NamedSpan[] = () => [],
): TopicTag[] {
  const out: TopicTag[] = [];
  for (const item of items) {
    if (item.label === 'Initiative' || item.label === 'Footnote') continue;
    for (const match of classifyTopics(item.text, index, readNames(item.text)))
      out.push({
        itemLabel: item.label,
        itemId: item.id,
        topicId: match.topicId,
        cue: match.cue,
        matched: match.matched,
        evidence: {
          reportId,
          section: item.section,
          lineStart: item.lineStart,
          lineEnd: item.lineEnd,
          quote: match.quote,
        },
      });
  }
  return out.sort((a, b) => compare(a.itemId, b.itemId) || compare(a.topicId, b.topicId));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
