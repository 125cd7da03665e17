import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  expectedReports,
  findJudgement,
  listGrades,
  moveSection,
  parseSeed,
  rewrap,
} from './harness.js';

/**
 * The parser must read facts from structure and wording, never from a seed file's line
 * numbers or names: a modified copy of a report yields the modified facts.
 */

const met2007 = '2007-10-metropolitan-police.txt';
const thamesValley = '2007-10-thames-valley-police.txt';
const westMidlands = '2007-10-west-midlands-police.txt';
const majorCrime = '2008-07-metropolitan-police-major-crime.txt';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';

function replaceLine(
  text: string,
  lineNumber: number,
  expected: string,
  replacement: string,
): string {
  const lines = text.split('\n');
  assert.equal(lines[lineNumber - 1], expected, `line ${lineNumber} is not what the test expects`);
  lines[lineNumber - 1] = replacement;
  return lines.join('\n');
}

describe('modified copies of the seed reports', () => {
  it('reads a different force when the force name is replaced everywhere', async () => {
    const report = await parseSeed(thamesValley, (t) => t.replaceAll('Thames Valley', 'Kent'));
    assert.equal(report.metadata.forceId, 'kent-police');
    assert.equal(report.metadata.title, 'Kent Police – HMIC Inspection Report');
    assert.equal(report.id, '2007-10-kent-police-inspection');
    assert.deepEqual(listGrades(report), listGrades(await parseSeed(thamesValley)));
  });

  it('reads a force named by an alias on a PEEL cover', async () => {
    const report = await parseSeed(peel, (t) =>
      t.replaceAll('Metropolitan Police Service', 'West Midlands Police'),
    );
    assert.equal(report.metadata.forceId, 'west-midlands-police');
    assert.equal(
      report.metadata.title,
      'PEEL: Police effectiveness 2016 – An inspection of the West Midlands Police',
    );
    assert.equal(
      findJudgement(
        report,
        'peel-effectiveness/preventing-crime-and-tackling-anti-social-behaviour',
      ).grade,
      'Good',
    );
  });

  it('reads a changed GRADE line, and warns that the force summary now disagrees', async () => {
    const report = await parseSeed(met2007, (t) =>
      replaceLine(t, 1033, 'GRADE\tFAIR', 'GRADE\tPOOR'),
    );
    const judgement = findJudgement(report, 'protecting-vulnerable-people/public-protection');
    assert.deepEqual([judgement.grade, judgement.rank], ['Poor', 4]);
    assert.deepEqual(
      report.warnings.map((w) => w.line),
      [248],
    );
  });

  it('reads a changed two-line grade', async () => {
    const report = await parseSeed(met2007, (t) => replaceLine(t, 953, 'FAIR', 'EXCELLENT'));
    assert.equal(
      findJudgement(report, 'protecting-vulnerable-people/domestic-violence').grade,
      'Excellent',
    );
  });

  it('reads a changed grade that sits above its heading', async () => {
    const report = await parseSeed(thamesValley, (t) =>
      replaceLine(t, 513, 'GRADE\tGOOD', 'GRADE\tPOOR'),
    );
    assert.equal(findJudgement(report, 'performance-management').grade, 'Poor');
    assert.equal(findJudgement(report, 'neighbourhood-policing').grade, 'Fair');
  });

  it('reads a changed major crime grade in its own wording', async () => {
    const report = await parseSeed(majorCrime, (t) =>
      t.replace(
        'GRADE\tExceeds the standard – and delivering',
        'GRADE\tMeets the standard – and delivering',
      ),
    );
    const judgement = findJudgement(report, 'major-crime');
    assert.deepEqual(
      [judgement.grade, judgement.rank, judgement.scale],
      ['Meets the standard', 2, 'STANDARD_COMPLIANCE'],
    );
  });

  it('reads changed PEEL grades, from a grade line and from a summary sentence', async () => {
    const report = await parseSeed(peel, (t) =>
      replaceLine(
        replaceLine(t, 784, 'Inadequate', 'Outstanding'),
        336,
        'The Metropolitan Police Service is good at preventing crime, tackling anti-social behaviour and keeping people safe.',
        'The Metropolitan Police Service requires improvement at preventing crime, tackling anti-social behaviour and keeping people safe.',
      ),
    );
    assert.equal(
      findJudgement(
        report,
        'peel-effectiveness/protecting-vulnerable-people-and-supporting-victims',
      ).grade,
      'Outstanding',
    );
    assert.equal(
      findJudgement(
        report,
        'peel-effectiveness/preventing-crime-and-tackling-anti-social-behaviour',
      ).grade,
      'Requires improvement',
    );
  });

  it('never reads an earlier inspection’s grade as the current one', async () => {
    const report = await parseSeed(peel, (t) =>
      replaceLine(
        t,
        336,
        'The Metropolitan Police Service is good at preventing crime, tackling anti-social behaviour and keeping people safe.',
        'In 2015 the Metropolitan Police Service was judged to be inadequate at preventing crime.',
      ),
    );
    assert.equal(
      report.judgements.some(
        (j) =>
          j.themeId === 'peel-effectiveness/preventing-crime-and-tackling-anti-social-behaviour',
      ),
      false,
    );
    assert.equal(report.warnings.length, 1);
  });

  it('falls back to the force summary, reading only its latest year, when a GRADE line is missing', async () => {
    const report = await parseSeed(met2007, (t) =>
      t
        .replace(
          '\nForce summary of judgements\n\nNeighbourhood Policing\tGrade',
          '\nForce summary of judgements\n\n\t2007\t2006\nNeighbourhood Policing\tGrade',
        )
        .replace('\nPublic protection\tFair\n', '\nPublic protection\tFair\tGood\n')
        .replace(
          'Protecting Vulnerable People – Public Protection\n\nGRADE\tFAIR\n',
          'Protecting Vulnerable People – Public Protection\n\n\n',
        ),
    );
    const judgement = findJudgement(report, 'protecting-vulnerable-people/public-protection');
    assert.equal(judgement.grade, 'Fair');
    assert.equal(judgement.provenance.section, 'Findings > Force summary of judgements');
    assert.equal(judgement.provenance.quote, 'Public protection\tFair\tGood');
    assert.deepEqual(judgement.distributionCounts, [2, 16, 23, 2]);
    assert.match(report.warnings[0]!.message, /grade taken from the force summary/);
  });

  it('keeps every grade with its own theme when two sections swap places', async () => {
    const original = await parseSeed(westMidlands);
    const report = await parseSeed(westMidlands, (t) =>
      moveSection(
        t,
        'Protecting Vulnerable People – Missing Persons',
        'Appendix: Glossary of Terms and Abbreviations',
        'Protecting Vulnerable People – Child Abuse',
      ),
    );
    assert.deepEqual(listGrades(report), listGrades(original));
    const mp = findJudgement(report, 'protecting-vulnerable-people/missing-persons');
    assert.equal(mp.provenance.lineStart, 417);
    assert.equal(
      mp.provenance.section,
      'Findings > Protecting Vulnerable People – Missing Persons',
    );
    assert.deepEqual(mp.distributionCounts, [1, 21, 21, 0]);
  });

  it('finds a grade printed above its heading after the sections around it move', async () => {
    const report = await parseSeed(thamesValley, (t) =>
      moveSection(t, 'Neighbourhood Policing', 'Performance Management', 'Recommendations'),
    );
    assert.deepEqual(listGrades(report), listGrades(await parseSeed(thamesValley)));
  });

  for (const width of [80, 60])
    for (const expected of expectedReports)
      it(`reads the same facts from ${expected.sourceFile} re-wrapped at ${width} columns`, async () => {
        const original = await parseSeed(expected.sourceFile);
        const report = await parseSeed(expected.sourceFile, (t) => rewrap(t, width));
        assert.ok(report.metadata.lineCount > original.metadata.lineCount);
        assert.deepEqual(
          { ...report.metadata, lineCount: 0 },
          { ...original.metadata, lineCount: 0 },
        );
        assert.deepEqual(
          report.judgements.map((j) => [
            j.themeId,
            j.grade,
            j.distributionCounts,
            j.provenance.section,
          ]),
          original.judgements.map((j) => [
            j.themeId,
            j.grade,
            j.distributionCounts,
            j.provenance.section,
          ]),
        );
        assert.deepEqual(report.warnings, []);
      });
});
