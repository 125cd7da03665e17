/**
 * Snippets: the passage of an item's own text that best matches a search, cut to a readable
 * length at word boundaries, with every matching word wrapped in « and ». Pure.
 */
import { tokenizeText, type TextToken } from './search-text.js';

/** Opens a highlighted run of words in a snippet. */
export const highlightStart = '«';
/** Closes a highlighted run of words in a snippet. */
export const highlightEnd = '»';

/** Marks a snippet that starts or ends inside its passage. */
const ellipsis = '…';

export interface SnippetOptions {
  /** Longest snippet, in characters, without the markers and ellipses. */
  readonly maxLength: number;
  /** Characters of context kept before the first match of a cut passage. */
  readonly lead: number;
}

export const defaultSnippetOptions: SnippetOptions = { maxLength: 220, lead: 50 };

interface Window {
  readonly passage: string;
  readonly tokens: readonly TextToken[];
  readonly matches: readonly number[];
  /** Token index of the first match the window starts from. */
  readonly first: number;
  readonly distinct: number;
  readonly hits: number;
}

/** The best window of one passage: the most distinct matching words, then the most matches. */
function bestWindow(passage: string, isMatch: (word: string) => boolean, span: number) {
  const tokens = tokenizeText(passage);
  const matches = tokens.flatMap((token, i) => (isMatch(token.word) ? [i] : []));
  let best: Window | undefined;
  for (const first of matches) {
    const limit = tokens[first]!.start + span;
    const inside = matches.filter((i) => i === first || (i > first && tokens[i]!.end <= limit));
    const distinct = new Set(inside.map((i) => tokens[i]!.word)).size;
    if (
      best === undefined ||
      distinct > best.distinct ||
      (distinct === best.distinct && inside.length > best.hits)
    )
      best = { passage, tokens, matches, first, distinct, hits: inside.length };
  }
  return best;
}

/** Where a cut passage starts and ends, snapped to whole words. */
function cut(window: Window, options: SnippetOptions): { from: number; to: number } {
  const { passage, tokens } = window;
  if (passage.length <= options.maxLength) return { from: 0, to: passage.length };
  const wanted = Math.max(0, tokens[window.first]!.start - options.lead);
  const from = wanted === 0 ? 0 : tokens.find((token) => token.start >= wanted)!.start;
  const limit = Math.min(passage.length, from + options.maxLength);
  const last = tokens.filter((token) => token.end <= limit).at(-1);
  // A single word longer than the snippet is cut inside the word.
  const to = limit === passage.length || last === undefined || last.end <= from ? limit : last.end;
  return { from, to };
}

/** The text between `from` and `to` with runs of matching words (only spaces between) marked. */
function highlight(window: Window, from: number, to: number): string {
  const { passage, tokens } = window;
  const runs: { start: number; end: number }[] = [];
  for (const i of window.matches) {
    // A word cut at the edge (only a word longer than the snippet is) is marked as far as shown.
    const start = Math.max(tokens[i]!.start, from);
    const end = Math.min(tokens[i]!.end, to);
    if (start >= end) continue;
    const previous = runs.at(-1);
    if (previous && /^\s+$/.test(passage.slice(previous.end, start))) previous.end = end;
    else runs.push({ start, end });
  }
  let out = '';
  let at = from;
  for (const run of runs) {
    out +=
      passage.slice(at, run.start) +
      highlightStart +
      passage.slice(run.start, run.end) +
      highlightEnd;
    at = run.end;
  }
  return out + passage.slice(at, to);
}

/**
 * The snippet for an item: among `passages` (the item's own texts, in order of preference),
 * the window of at most `maxLength` characters holding the most distinct matching words,
 * then the most matches, earliest first; `…` where it is cut. Null when no word of any
 * passage matches.
 */
export function buildSnippet(
  passages: readonly string[],
  isMatch: (word: string) => boolean,
  options: SnippetOptions = defaultSnippetOptions,
): string | null {
  let best: Window | undefined;
  for (const passage of passages) {
    const window = bestWindow(passage, isMatch, options.maxLength - options.lead);
    if (
      window &&
      (!best ||
        window.distinct > best.distinct ||
        (window.distinct === best.distinct && window.hits > best.hits))
    )
      best = window;
  }
  if (!best) return null;
  const { from, to } = cut(best, options);
  const text = highlight(best, from, to);
  return `${from > 0 ? ellipsis : ''}${text}${to < best.passage.length ? ellipsis : ''}`;
}
