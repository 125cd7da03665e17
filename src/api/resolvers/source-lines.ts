import { listSourceChunkIds } from '../../domain/source-text.js';
import type { ApiContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type { SourceLine } from '../types/source-line.type.js';

/** Most lines `Report.lines` serves per call. */
export const maxSourceLines = 500;

/** Most lines `Evidence.context` adds before and after the cited ones. */
export const maxContextLines = 20;

/**
 * Lines `from` to `to` (1-based, inclusive) of a report's source text, read from the stored runs
 * through the request's loader (one query for every range a level of the query asks for). Lines
 * past the end of the file are not returned; a report without stored text gives none.
 */
export async function readSourceLines(
  ctx: ApiContext,
  reportId: string,
  from: number,
  to: number,
): Promise<SourceLine[]> {
  const first = Math.max(1, from);
  if (to < first) return [];
  const chunks = await ctx.loaders.sourceChunkById.loadMany(
    listSourceChunkIds(reportId, first, to),
  );
  const lines: SourceLine[] = [];
  for (const chunk of chunks) {
    if (!chunk || chunk instanceof Error) continue;
    chunk.lines.forEach((text, i) => {
      const number = chunk.firstLine + i;
      if (number >= first && number <= to) lines.push({ number, text });
    });
  }
  return lines;
}

/** Checks the range `Report.lines` is asked for: BAD_USER_INPUT when unusable. */
export function checkLineRange(from: number, to: number): void {
  if (!Number.isInteger(from) || from < 1) badUserInput(`\`from\` must be 1 or more, got ${from}.`);
  if (!Number.isInteger(to) || to < from)
    badUserInput(`\`to\` must be at least \`from\` (${from}), got ${to}.`);
  if (to - from + 1 > maxSourceLines)
    badUserInput(
      `At most ${maxSourceLines} lines per call, asked for ${to - from + 1}: page through with \`from\`.`,
    );
}

/** Checks how many lines of context `Evidence.context` is asked for. */
export function checkContextLines(around: number): void {
  if (!Number.isInteger(around) || around < 0 || around > maxContextLines)
    badUserInput(`\`around\` must be a whole number from 0 to ${maxContextLines}, got ${around}.`);
}
