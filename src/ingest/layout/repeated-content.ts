import { ReportParseError } from '../errors.js';
import type { Layout } from './layout.js';

/**
 * A stretch of a report printed twice: a report pasted after itself, a section repeated.
 * Reports do repeat themselves in small ways (a recommendation restated at the end, a
 * boilerplate paragraph under each theme): in the seed reports the longest repeat is 4 blocks
 * and 897 characters, also when re-wrapped. A repeat must be longer than both limits below to
 * count, which keeps a factor of two from the seeds; a copied report or section repeats
 * dozens of blocks and thousands of characters.
 */
export interface RepeatedContent {
  /** First line of the repeat. */
  readonly line: number;
  readonly lineEnd: number;
  /** First line of the earlier occurrence. */
  readonly firstLine: number;
  readonly blocks: number;
  readonly characters: number;
}

/** A repeat counts only with at least this many consecutive blocks... */
export const minRepeatedBlocks = 8;
/** ...holding at least this many characters. */
export const minRepeatedCharacters = 2000;

/**
 * Earlier positions remembered per block text. A run is found from any of its blocks that
 * occurs less often than this (a copied report starts with its cover), and the bound keeps a
 * file of one short line repeated many times from costing the square of its length.
 */
const maxPositionsPerText = 32;

/**
 * The first run of consecutive blocks (compared by their text, case and spacing ignored) that
 * repeats an earlier run and passes both limits; undefined when there is none. Stops at the
 * first such run, so a file of many copies costs about as much as two.
 */
export function findRepeatedContent(layout: Layout): RepeatedContent | undefined {
  const { blocks } = layout;
  const keys = blocks.map((block) => block.text.replace(/\s+/g, ' ').trim().toLowerCase());
  const earlier = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    for (const j of earlier.get(key) ?? []) {
      // Only from the start of a run: the pair before already started (and measured) it.
      if (j > 0 && keys[i - 1] === keys[j - 1]) continue;
      let length = 0;
      let characters = 0;
      while (i + length < keys.length && j + length < i && keys[i + length] === keys[j + length]) {
        characters += keys[i + length]!.length;
        length += 1;
      }
      if (length >= minRepeatedBlocks && characters >= minRepeatedCharacters)
        return {
          line: blocks[i]!.lineStart,
          lineEnd: blocks[i + length - 1]!.lineEnd,
          firstLine: blocks[j]!.lineStart,
          blocks: length,
          characters,
        };
    }
    const positions = earlier.get(key);
    if (!positions) earlier.set(key, [i]);
    else if (positions.length < maxPositionsPerText) positions.push(i);
  }
  return undefined;
}

/** Throws `ReportParseError` at the start of the first long repeat, naming both places. */
export function checkNotRepeated(layout: Layout, file: string): void {
  const repeat = findRepeatedContent(layout);
  if (!repeat) return;
  throw new ReportParseError(
    file,
    repeat.line,
    `duplicated content: lines ${repeat.line}-${repeat.lineEnd} repeat lines from ${repeat.firstLine} on (${repeat.blocks} paragraphs, ${repeat.characters} characters); a file must hold one report, once`,
  );
}
