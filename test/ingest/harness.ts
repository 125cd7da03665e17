import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportParseError } from '../../src/ingest/errors.js';
import { layoutText, type SourceLine } from '../../src/ingest/layout/layout.js';
import { parseReport } from '../../src/ingest/parse-report.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import type { Vocabulary } from '../../src/ingest/vocabulary/vocabulary.types.js';
import { seedReportsDir } from '../../src/paths.js';
import type { ExpectedReport } from '../fixtures/expected-report.types.js';
import { hmic2007Reports } from '../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../fixtures/peel-2016.expected.js';

/** The shared harness of the ingestion tests: seed texts, the vocabulary, parsing and checks. */

export const expectedReports: readonly ExpectedReport[] = [
  ...hmic2007Reports,
  ...majorCrime2008Reports,
  ...peel2016Reports,
];

let vocabulary: Promise<Vocabulary> | undefined;

/** The seed vocabulary, loaded (and schema-checked) once per test process. */
export function getVocabulary(): Promise<Vocabulary> {
  vocabulary ??= loadVocabulary();
  return vocabulary;
}

const texts = new Map<string, string>();

export function readSeedReport(sourceFile: string): string {
  let text = texts.get(sourceFile);
  if (text === undefined) {
    text = readFileSync(join(seedReportsDir, sourceFile), 'utf8');
    texts.set(sourceFile, text);
  }
  return text;
}

/** A seed report's numbered source lines, as the parser laid them out: what provenance points at. */
export function readSeedLines(sourceFile: string): readonly SourceLine[] {
  return layoutText(readSeedReport(sourceFile)).lines;
}

/** Parses `text` expecting a `ReportParseError`, and returns it. */
export async function expectParseError(text: string, file = 'bad.txt'): Promise<ReportParseError> {
  const vocabulary = await getVocabulary();
  try {
    parseReport(text, file, vocabulary);
  } catch (error) {
    assert.ok(error instanceof ReportParseError, String(error));
    return error;
  }
  assert.fail('expected a ReportParseError');
}

/** Parses a seed report, optionally after editing its text. */
export async function parseSeed(
  sourceFile: string,
  edit: (text: string) => string = (text) => text,
): Promise<ParsedReport> {
  return parseReport(edit(readSeedReport(sourceFile)), sourceFile, await getVocabulary());
}

export function findJudgement(report: ParsedReport, themeId: string) {
  const judgement = report.judgements.find((j) => j.themeId === themeId);
  assert.ok(judgement, `no judgement on ${themeId} in ${report.metadata.sourceFile}`);
  return judgement;
}

/** `themeId=Grade` for every judgement, sorted: the facts a modified copy must keep or change. */
export function listGrades(report: ParsedReport): string[] {
  return report.judgements.map((j) => `${j.themeId}=${j.grade}`).sort();
}

/**
 * Re-wraps every line longer than `width` at spaces, the way `fold -s` or an editor would:
 * paragraphs, bullets and long headings end up on several lines.
 */
export function rewrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      if (current !== '') out.push(current);
      return out;
    })
    .join('\n');
}

/** Lines of a text, and a helper to find the body occurrence (not the contents entry) of a heading. */
export function findLastLineIndex(lines: readonly string[], heading: string): number {
  const index = lines.lastIndexOf(heading);
  assert.ok(index >= 0, `heading '${heading}' not found`);
  return index;
}

/**
 * Moves the section that starts at heading `moved` (up to the next heading in `boundaries`)
 * to just before heading `before`: the order of a report's sections is not a fact.
 */
export function moveSection(text: string, moved: string, end: string, before: string): string {
  const lines = text.split('\n');
  const stop = findLastLineIndex(lines, end);
  // The body heading of the moved section is the last one before its end: a heading printed
  // again further on (a theme under Recommendations) would make the "move" copy a stretch twice.
  const start = lines.lastIndexOf(moved, stop - 1);
  assert.ok(start >= 0, `heading '${moved}' not found before '${end}'`);
  const chunk = lines.slice(start, stop);
  const rest = [...lines.slice(0, start), ...lines.slice(stop)];
  const at = findLastLineIndex(rest, before);
  return [...rest.slice(0, at), ...chunk, ...rest.slice(at)].join('\n');
}
