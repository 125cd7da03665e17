import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReportParseError } from '../../src/ingest/errors.js';
import { parseReport } from '../../src/ingest/parse-report.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { expectedReports, getVocabulary, parseSeed, readSeedReport } from '../ingest/harness.js';

/**
 * A report cut short is refused by the parser, from structure alone: the parts its family
 * always prints (the glossary appendix, PEEL's annex), the themes its judgements need, and
 * the major crime framework's four areas. `npm run measure:truncation` prints the figures over
 * many random cuts; this suite checks a fixed sample.
 */

const majorCrime = '2008-07-metropolitan-police-major-crime.txt';

function cut(sourceFile: string, share: number): { text: string; lines: number } {
  const lines = readSeedReport(sourceFile).split('\n');
  const kept = Math.max(1, Math.floor(lines.length * share));
  return { text: lines.slice(0, kept).join('\n'), lines: kept };
}

/** Items a cut may not lose unnoticed: every one of these the full report has. */
function countItems(report: ParsedReport): number[] {
  return [
    report.judgements.length,
    report.findings.length,
    report.recommendations.length,
    report.developingPractice.length,
  ];
}

describe('truncated reports', () => {
  it('refuses the major crime report cut to its first 23% of lines, naming the missing themes', async () => {
    const { text } = cut(majorCrime, 0.23);
    const vocabulary = await getVocabulary();
    assert.throws(
      () => parseReport(text, majorCrime, vocabulary),
      (error: unknown) => {
        assert.ok(error instanceof ReportParseError);
        assert.match(
          error.message,
          /^2008-07-metropolitan-police-major-crime\.txt:\d+: truncated report: no section for the themes 'Intelligence', 'Prevention', 'Enforcement'/,
        );
        return true;
      },
    );
  });

  for (const expected of expectedReports)
    it(`refuses every sampled cut of ${expected.sourceFile} that loses a judgement, finding, recommendation or practice item`, async () => {
      const vocabulary = await getVocabulary();
      const full = countItems(await parseSeed(expected.sourceFile));
      for (const share of [0.1, 0.3, 0.5, 0.7, 0.85, 0.95]) {
        const { text, lines } = cut(expected.sourceFile, share);
        let parsed: ParsedReport | undefined;
        try {
          parsed = parseReport(text, expected.sourceFile, vocabulary);
        } catch (error) {
          assert.ok(error instanceof ReportParseError, String(error));
          assert.match(error.reason, /^truncated report/);
          continue;
        }
        assert.deepEqual(countItems(parsed), full, `the cut at line ${lines} lost items unnoticed`);
      }
    });
});
