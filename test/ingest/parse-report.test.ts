import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedReports, parseSeed, readSeedLines } from './harness.js';

describe('parseReport on the seed reports (hand-checked fixtures)', () => {
  for (const expected of expectedReports) {
    describe(expected.sourceFile, () => {
      it('reads title, force, publication month, ISBN, framework and line count', async () => {
        const report = await parseSeed(expected.sourceFile);
        assert.equal(report.id, expected.id);
        assert.deepEqual(
          {
            title: report.metadata.title,
            forceId: report.metadata.forceId,
            publishedOn: report.metadata.publishedOn,
            isbn: report.metadata.isbn,
            framework: report.metadata.framework,
            lineCount: report.metadata.lineCount,
          },
          expected.metadata,
        );
        assert.equal(report.metadata.sourceFile, expected.sourceFile);
      });

      it('finds every judgement with its grade, rank and source lines, and nothing else', async () => {
        const report = await parseSeed(expected.sourceFile);
        const actual = report.judgements.map((j) => ({
          themeId: j.themeId,
          grade: j.grade,
          rank: j.rank,
          lineStart: j.provenance.lineStart,
          lineEnd: j.provenance.lineEnd,
        }));
        const wanted = expected.judgements.map(({ section: _section, ...rest }) => rest);
        assert.deepEqual(actual, wanted);
      });

      it('gives each judgement a section path and an exact quote of its source lines', async () => {
        const report = await parseSeed(expected.sourceFile);
        for (const judgement of report.judgements) {
          const { section, lineStart, lineEnd, quote } = judgement.provenance;
          const want = expected.judgements.find((j) => j.themeId === judgement.themeId)!;
          if (want.section) assert.equal(section, want.section);
          const source = readSeedLines(report.metadata.sourceFile)
            .slice(lineStart - 1, lineEnd)
            .map((l) => l.text.trim())
            .filter((t) => t !== '')
            .join(' ');
          assert.ok(source.includes(quote), `'${quote}' is not on lines ${lineStart}-${lineEnd}`);
          assert.ok(quote.toLowerCase().includes(judgement.grade.toLowerCase().slice(0, 4)));
        }
      });

      it('reads the national grade distribution where the report prints one', async () => {
        const report = await parseSeed(expected.sourceFile);
        for (const row of expected.distributions) {
          const judgement = report.judgements.find((j) => j.themeId === row.themeId)!;
          assert.deepEqual(judgement.distributionGrades, row.grades, row.themeId);
          assert.deepEqual(judgement.distributionCounts, row.counts, row.themeId);
        }
        if (expected.distributions.length === 0)
          for (const judgement of report.judgements) {
            assert.deepEqual(judgement.distributionGrades, []);
            assert.deepEqual(judgement.distributionCounts, []);
          }
      });

      it('parses the unmodified report without warnings', async () => {
        const report = await parseSeed(expected.sourceFile);
        assert.deepEqual(report.warnings, []);
      });
    });
  }

  it('uses the scale of each family', async () => {
    const scales = await Promise.all(
      expectedReports.map(async (e) => (await parseSeed(e.sourceFile)).judgements[0]!.scale),
    );
    assert.deepEqual(scales, [
      'EXCELLENT_TO_POOR',
      'EXCELLENT_TO_POOR',
      'EXCELLENT_TO_POOR',
      'STANDARD_COMPLIANCE',
      'OUTSTANDING_TO_INADEQUATE',
    ]);
  });
});
