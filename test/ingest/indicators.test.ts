import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCellNumber } from '../../src/ingest/text/numbers.js';
import { readIndicatorColumns } from '../../src/ingest/facts/indicator-columns.js';
import type { ParsedForceFact } from '../../src/ingest/report.types.js';
import { expectedForceFacts } from '../fixtures/force-facts.expected.js';
import { getVocabulary, parseSeed } from './harness.js';

const majorCrime = '2008-07-metropolitan-police-major-crime.txt';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';

const indicators = (facts: readonly ParsedForceFact[]): ParsedForceFact[] =>
  facts.filter((f) => f.category === 'INDICATOR');

describe('indicator tables (hand-checked fixtures)', () => {
  for (const expected of expectedForceFacts) {
    describe(expected.sourceFile, () => {
      it('gives one fact per data row and period, and none for header or group rows', async () => {
        const facts = indicators((await parseSeed(expected.sourceFile)).forceFacts);
        assert.equal(facts.length, expected.indicatorCount);
        for (const line of expected.notData)
          assert.ok(
            !facts.some((f) => f.provenance.lineStart === line),
            `a fact from line ${line}`,
          );
        assert.equal(new Set(facts.map((f) => f.key)).size, facts.length, 'keys are unique');
      });

      it('reads value, unit, period, change and comparator of sample rows', async () => {
        const facts = indicators((await parseSeed(expected.sourceFile)).forceFacts);
        for (const want of expected.indicatorSamples) {
          const fact = facts.find((f) => f.name === want.name && f.period === want.period);
          assert.ok(fact, `no fact '${want.name}' for ${want.period}`);
          const got: Record<string, unknown> = {
            name: fact.name,
            value: fact.value,
            valueText: fact.valueText,
            unit: fact.unit,
            period: fact.period,
            lineStart: fact.provenance.lineStart,
            change: fact.change,
            comparator: fact.comparator,
            comparatorValue: fact.comparatorValue,
          };
          for (const key of Object.keys(got)) if (!(key in want)) delete got[key];
          assert.deepEqual(got, want);
        }
      });
    });
  }

  it('quotes each table row as printed', async () => {
    const report = await parseSeed(majorCrime);
    for (const fact of indicators(report.forceFacts)) {
      const line = report.layout.lines[fact.provenance.lineStart - 1]!.text.trim();
      assert.equal(fact.provenance.quote, line.slice(0, fact.provenance.quote.length));
      assert.equal(fact.provenance.section, 'Major Crime > Contextual factors');
    }
  });

  it('reads the changed values of a modified table', async () => {
    const report = await parseSeed(majorCrime, (t) =>
      t.replace(
        'Number of murders per 10,000 population\t0.222\t0.200\t-10.18%\t0.181',
        'Number of murders per 10,000 population\t0.250\t0.300\t+20.00%\t0.150',
      ),
    );
    const murders = indicators(report.forceFacts).filter(
      (f) => f.name === 'Number of murders per 10,000 population',
    );
    assert.deepEqual(
      murders.map((f) => [f.period, f.value, f.change, f.comparatorValue]),
      [
        ['2006', 0.25, null, null],
        ['2007', 0.3, 20, 0.15],
      ],
    );
  });

  it('does not read a table whose force column names another force', async () => {
    const report = await parseSeed(peel, (t) =>
      t.replace(
        'Rates per 1,000 population\tMetropolitan Police\tEngland and Wales',
        'Rates per 1,000 population\tKent Police\tEngland and Wales',
      ),
    );
    assert.ok(!report.forceFacts.some((f) => f.key.startsWith('indicator/figure-2/')));
    assert.ok(report.forceFacts.some((f) => f.key.startsWith('indicator/figure-4/')));
  });

  it('reads the force column of a copy that names another force', async () => {
    const report = await parseSeed(peel, (t) => t.replaceAll('Metropolitan Police', 'Kent Police'));
    assert.equal(report.metadata.forceId, 'kent-police');
    const fact = report.forceFacts.find((f) => f.name === 'Sexual offences');
    assert.equal(fact?.value, 1.9);
    assert.equal(indicators(report.forceFacts).length, 34);
  });
});

describe('indicator table headers and cells', () => {
  it('reads the roles of a year-column header with an MSF average', async () => {
    const vocabulary = await getVocabulary();
    const met = vocabulary.forces.find((f) => f.id === 'metropolitan-police')!;
    assert.deepEqual(
      readIndicatorColumns(vocabulary, met, 'Ref:\tIndicator\t2006\t2007\tChange\tMSF** ave.'),
      {
        label: 1,
        labelHeading: 'Indicator',
        value: 3,
        earlier: [{ column: 2, year: '2006' }],
        year: '2007',
        change: 4,
        comparator: 5,
        comparatorName: 'MSF average',
      },
    );
    assert.equal(readIndicatorColumns(vocabulary, met, 'Excellent\tGood\tFair\tPoor'), undefined);
    assert.equal(readIndicatorColumns(vocabulary, met, 'Neighbourhood Policing\tGrade'), undefined);
  });

  it('reads signed changes in percent and percentage points, and no number from text', () => {
    assert.equal(parseCellNumber('-4.84%'), -4.84);
    assert.equal(parseCellNumber('+28.95pp*'), 28.95);
    assert.equal(parseCellNumber('Not applicable'), undefined);
    assert.equal(parseCellNumber(''), undefined);
  });
});
