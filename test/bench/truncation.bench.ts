/**
 * `npm run bench:truncation`: how well the parser's structural checks tell a damaged report
 * from a whole one. For each seed report it cuts the text at random lines (a fixed seed, so
 * runs repeat), pastes it after itself and inserts a copy of a random stretch, and counts what
 * is refused; and it checks that the whole report and its re-wrapped copies are accepted.
 * A cut that is accepted is classed by what it lost: nothing the API answers with
 * (judgements, findings, recommendations, developing practice) or only trailing glossary and
 * annex lines, which a re-ingestion compares with the stored report (`describeLoss`).
 */
import { ReportParseError } from '../../src/ingest/errors.js';
import { parseReport } from '../../src/ingest/parse-report.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { expectedReports, getVocabulary, readSeedReport, rewrap } from '../ingest/harness.js';

const cutsPerReport = Number(process.env.TRUNCATION_CUTS ?? 100);
const stretchesPerReport = Number(process.env.TRUNCATION_STRETCHES ?? 20);

/** A small deterministic generator (LCG), so every run cuts at the same lines. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function countItems(report: ParsedReport): string {
  return [
    report.judgements.length,
    report.findings.length,
    report.recommendations.length,
    report.developingPractice.length,
  ].join('/');
}

async function main(): Promise<void> {
  const vocabulary = await getVocabulary();
  const random = createRandom(20_170_301);
  const tryParse = (text: string, file: string): ParsedReport | ReportParseError => {
    try {
      return parseReport(text, file, vocabulary);
    } catch (error) {
      if (error instanceof ReportParseError) return error;
      throw error;
    }
  };
  console.log(
    `bench:truncation: ${cutsPerReport} random cuts and ${stretchesPerReport} inserted repeats per report`,
  );
  console.log(
    'report                                                   cuts  refused  kept-all-items  lost-items  repeats-refused  whole+rewrapped accepted',
  );
  const totals = { cuts: 0, refused: 0, lost: 0, repeats: 0, repeatsRefused: 0 };
  for (const { sourceFile } of expectedReports) {
    const text = readSeedReport(sourceFile);
    const lines = text.split('\n');
    const full = tryParse(text, sourceFile);
    if (full instanceof ReportParseError) throw full;
    let refused = 0;
    let lost = 0;
    for (let i = 0; i < cutsPerReport; i++) {
      const kept = 1 + Math.floor(random() * (lines.length - 1));
      const result = tryParse(lines.slice(0, kept).join('\n'), sourceFile);
      if (result instanceof ReportParseError) refused += 1;
      else if (countItems(result) !== countItems(full)) lost += 1;
    }
    let repeatsRefused = 0;
    // The whole report pasted after itself, then random stretches (50-400 lines) inserted again.
    const doubled = tryParse(`${text}\n${text}`, sourceFile);
    if (doubled instanceof ReportParseError) repeatsRefused += 1;
    for (let i = 0; i < stretchesPerReport; i++) {
      const length = 50 + Math.floor(random() * 350);
      const start = Math.floor(random() * (lines.length - length));
      const stretch = lines.slice(start, start + length);
      const at = start + length;
      const copy = [...lines.slice(0, at), ...stretch, ...lines.slice(at)].join('\n');
      if (tryParse(copy, sourceFile) instanceof ReportParseError) repeatsRefused += 1;
    }
    const accepted = [text, rewrap(text, 80), rewrap(text, 60)].filter(
      (copy) => !(tryParse(copy, sourceFile) instanceof ReportParseError),
    ).length;
    console.log(
      `${sourceFile.padEnd(56)} ${String(cutsPerReport).padStart(4)} ${String(refused).padStart(8)} ${String(cutsPerReport - refused - lost).padStart(15)} ${String(lost).padStart(11)} ${`${repeatsRefused}/${stretchesPerReport + 1}`.padStart(16)} ${`${accepted}/3`.padStart(25)}`,
    );
    totals.cuts += cutsPerReport;
    totals.refused += refused;
    totals.lost += lost;
    totals.repeats += stretchesPerReport + 1;
    totals.repeatsRefused += repeatsRefused;
  }
  console.log(
    `all: ${totals.refused}/${totals.cuts} cuts refused, ${totals.lost} accepted cuts lost a judgement, finding, recommendation or practice item; ${totals.repeatsRefused}/${totals.repeats} repeats refused`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
