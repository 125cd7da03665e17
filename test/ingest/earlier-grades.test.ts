import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { parseSeed, rewrap } from './harness.js';

/**
 * Grades a report states an earlier inspection gave, read from the seed reports' prose: which
 * sentences count, the year, the theme and the grade, and what never counts.
 */

const describeEarlier = (report: ParsedReport) =>
  report.earlierJudgements.map(
    (j) => `${j.year} ${j.themeId} ${j.grade} (${j.assessment}) l.${j.provenance.lineStart}`,
  );

describe('earlier grades', () => {
  it('reads the 2006 baseline grades the 2007 reports state', async () => {
    assert.deepEqual(describeEarlier(await parseSeed('2007-10-thames-valley-police.txt')), [
      '2006 protecting-vulnerable-people Fair (2006 baseline assessment) l.673',
    ]);
    assert.deepEqual(describeEarlier(await parseSeed('2007-10-west-midlands-police.txt')), [
      "2006 protecting-vulnerable-people Fair (last year's inspection (2006)) l.193",
    ]);
  });

  it('reads the 2015 grades the PEEL 2016 report states, with the sentence as evidence', async () => {
    const report = await parseSeed('2017-03-metropolitan-police-peel-effectiveness-2016.txt');
    assert.deepEqual(describeEarlier(report), [
      "2015 peel-effectiveness Requires improvement (last year's inspection (2015)) l.168",
      '2015 peel-effectiveness/investigating-crime-and-reducing-re-offending Requires improvement (2015 assessment) l.568',
      '2015 peel-effectiveness/protecting-vulnerable-people-and-supporting-victims Requires improvement (2015 effectiveness (vulnerability) report) l.586',
      '2015 peel-effectiveness/tackling-serious-and-organised-crime Good (2015 effectiveness report) l.813',
    ]);
    const organised = report.earlierJudgements.at(-1)!;
    assert.equal(
      organised.provenance.quote,
      'HMIC judged the Metropolitan Police Service to be good at tackling serious and organised crime in its 2015 effectiveness report.',
    );
    assert.equal(organised.scale, 'OUTSTANDING_TO_INADEQUATE');
    assert.equal(organised.rank, 2);
    // The report's own grade on the theme stays a judgement of its own.
    assert.equal(
      report.judgements.find((j) => j.themeId === organised.themeId)?.grade,
      'Requires improvement',
    );
  });

  it("never reads another body's grade, this report's grade or a year without a grade", async () => {
    for (const file of [
      '2007-10-metropolitan-police.txt',
      '2008-07-metropolitan-police-major-crime.txt',
    ])
      assert.deepEqual(describeEarlier(await parseSeed(file)), []);
    const report = await parseSeed('2007-10-thames-valley-police.txt');
    // l.617: the Audit Commission raised NCRS compliance from a Fair grade in 2005/06.
    assert.ok(!report.earlierJudgements.some((j) => j.provenance.lineStart === 617));
  });

  it('reads the same grades from a copy with the force renamed and re-wrapped', async () => {
    const file = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';
    const original = describeEarlier(await parseSeed(file)).map((d) => d.replace(/ l\.\d+$/, ''));
    const edited = await parseSeed(file, (t) =>
      t
        .replaceAll('Metropolitan Police Service', 'West Midlands Police')
        .split('\n')
        .map((line) => (line.includes('\t') ? line : rewrap(line, 80)))
        .join('\n'),
    );
    assert.deepEqual(
      describeEarlier(edited).map((d) => d.replace(/ l\.\d+$/, '')),
      original,
    );
  });
});
