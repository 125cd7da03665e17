import { createPhraseIndex, findPhraseMatches } from '../../ingest/text/phrases.js';

/**
 * The words of `sentence` that a topic cue matched, as printed (`prevention` for the cue
 * `prevent*`, `MARACs` for `MARAC`): the tagger's own phrase rules run again on the tag's
 * sentence, so the answer is what tagging saw. Null when the cue is not in the sentence (a
 * quote cut short) or either is missing. Pure.
 */
export function findCueWords(
  sentence: string | null | undefined,
  cue: string | null | undefined,
): string | null {
  if (!sentence || !cue) return null;
  const [match] = findPhraseMatches(sentence, createPhraseIndex([{ source: cue, value: cue }]));
  return match ? sentence.slice(match.start, match.end) : null;
}
