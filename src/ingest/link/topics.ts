import type { LinkableItem, TopicEntry, TopicTag } from './link.types.js';
import { createPhraseIndex, findPhraseMatches, type PhraseIndex } from '../text/phrases.js';
import { maskWebAddresses } from './recognise.js';
import { quoteAround } from '../text/quote.js';
import { splitSentences } from '../text/sentences.js';

/**
 * The topic classifier: rules over the text, explainable by construction. A finding or
 * recommendation is tagged with every topic one of whose cues it contains (outside that
 * topic's exclude phrases); the tag keeps the first cue that matched and the sentence it is in.
 */

interface CueValue {
  readonly topic: TopicEntry;
  readonly exclude: boolean;
}

export type TopicIndex = PhraseIndex<CueValue>;

/** A topic found in a text: the first cue that matched and where. */
export interface TopicMatch {
  readonly topicId: string;
  readonly cue: string;
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

/** The topics a text is about, in taxonomy order of first appearance in the text. */
export function classifyTopics(text: string, index: TopicIndex): TopicMatch[] {
  const found = new Map<string, TopicMatch>();
  for (const sentence of splitSentences(maskWebAddresses(text))) {
    const matches = findPhraseMatches(sentence.text, index);
    const excluded = matches.filter((m) => m.value.exclude);
    for (const m of matches) {
      const topicId = m.value.topic.id;
      if (m.value.exclude || found.has(topicId)) continue;
      const inExclude = excluded.some(
        (x) => x.value.topic.id === topicId && x.start <= m.start && x.end >= m.end,
      );
      if (inExclude) continue;
      found.set(topicId, {
        topicId,
        cue: m.phrase.source,
        quote: quoteAround(sentence.text, m.start, m.end),
      });
    }
  }
  return [...found.values()];
}

/** TAGGED links for findings and recommendations (initiatives are not tagged), sorted. */
export function tagItems(
  items: readonly LinkableItem[],
  index: TopicIndex,
  reportId: string,
): TopicTag[] {
  const out: TopicTag[] = [];
  for (const item of items) {
    if (item.label === 'Initiative') continue;
    for (const match of classifyTopics(item.text, index))
      out.push({
        itemLabel: item.label,
        itemId: item.id,
        topicId: match.topicId,
        cue: match.cue,
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
