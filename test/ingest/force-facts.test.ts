import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { parsePrintedNumber } from '../../src/ingest/text/numbers.js';
import type { ParsedForceFact } from '../../src/ingest/report.types.js';
import { expectedForceFacts, type ExpectedFact } from '../fixtures/force-facts.expected.js';
import { expectedReports, getVocabulary, parseSeed, rewrap } from './harness.js';

function toComparable(fact: ParsedForceFact): ExpectedFact {
  return {
    name: fact.name,
    value: fact.value,
    valueText: fact.valueText,
    unit: fact.unit,
    period: fact.period,
    lineStart: fact.provenance.lineStart,
  };
}

const byName = (a: ExpectedFact, b: ExpectedFact): number => (a.name < b.name ? -1 : 1);

describe('force overview facts (hand-checked fixtures)', () => {
  for (const expected of expectedForceFacts) {
    it(`reads every standing figure of the overview of ${expected.sourceFile}`, async () => {
      const report = await parseSeed(expected.sourceFile);
      const overview = report.forceFacts.filter((f) => f.category === 'OVERVIEW');
      assert.deepEqual(
        overview.map(toComparable).sort(byName),
        [...expected.overview].sort(byName),
      );
      for (const fact of overview) {
        assert.equal(fact.key, `fact/${fact.name.replace(/ /g, '-')}`);
        assert.equal(fact.comparator, null);
        const line = report.layout.lines[fact.provenance.lineStart - 1]!.text;
        assert.ok(line.includes(fact.provenance.quote), fact.provenance.quote);
        assert.ok(fact.provenance.quote.includes(fact.valueText), fact.valueText);
        assert.match(fact.provenance.section, /^Force Overview and Context > /);
      }
    });
  }

  it('leaves out the figures of strategic priorities and force developments', async () => {
    // `The MPS has appointed 4,562 police community support officers` (l.206) is progress.
    const report = await parseSeed('2007-10-metropolitan-police.txt');
    assert.ok(!report.forceFacts.some((f) => f.name === 'police community support officers'));
    assert.ok(
      report.forceFacts.every((f) => f.category !== 'OVERVIEW' || f.provenance.lineStart < 186),
    );
  });

  it('reads the figures of a modified copy, re-wrapped at 80 columns', async () => {
    const report = await parseSeed('2007-10-west-midlands-police.txt', (t) =>
      rewrap(
        t
          .replace('an area of 348 square miles', 'an area of 1,210 square kilometres')
          .replace(
            'almost 2.6 million people (1,049,186 households)',
            'over 2.7 million people (1,100,000 households)',
          ),
        80,
      ),
    );
    const facts = new Map(report.forceFacts.map((f) => [f.name, f]));
    assert.equal(facts.get('area')?.value, 1210);
    assert.equal(facts.get('area')?.unit, 'square kilometres');
    assert.equal(facts.get('population')?.value, 2_700_000);
    assert.equal(facts.get('population')?.valueText, 'over 2.7 million');
    assert.equal(facts.get('households')?.value, 1_100_000);
  });

  it('reads a count written as a word and a budget in millions exactly', () => {
    assert.equal(parsePrintedNumber('five'), 5);
    assert.equal(parsePrintedNumber('3,043.1', 'million'), 3_043_100_000);
    assert.equal(parsePrintedNumber('7.5', 'million'), 7_500_000);
    assert.equal(parsePrintedNumber('4,259.8'), 4259.8);
    assert.equal(parsePrintedNumber('many'), undefined);
  });
});

describe('force facts in the dataset', () => {
  it('adds ForceFact nodes the force has and the report states, with provenance', async () => {
    const report = await parseSeed('2007-10-thames-valley-police.txt');
    const dataset = buildDataset([report], await getVocabulary());
    const id = `${report.id}/fact/police-officers`;
    const node = dataset.nodes.find((n) => n.label === 'ForceFact' && n.id === id);
    assert.ok(node, 'no ForceFact for police officers');
    assert.deepEqual(
      {
        category: node.properties.category,
        value: node.properties.value,
        unit: node.properties.unit,
        period: node.properties.period,
        reportId: node.properties.reportId,
        lineStart: node.properties.lineStart,
      },
      {
        category: 'OVERVIEW',
        value: 4259.8,
        unit: 'FTE',
        period: 'March 2007',
        reportId: report.id,
        lineStart: 165,
      },
    );
    const links = dataset.relationships
      .filter((r) => r.to === id)
      .map((r) => `${r.type} ${r.from}`);
    assert.deepEqual(links.sort(), ['HAS_FACT thames-valley-police', `STATES ${report.id}`]);
    const facts = dataset.nodes.filter((n) => n.label === 'ForceFact');
    assert.equal(facts.length, report.forceFacts.length);
  });

  it('joins only nodes present in the dataset, for every seed report together', async () => {
    const reports = await Promise.all(expectedReports.map((e) => parseSeed(e.sourceFile)));
    const dataset = buildDataset(reports, await getVocabulary());
    const present = new Set(dataset.nodes.map((n) => `${n.label} ${n.id}`));
    const mine = ['PRESENTS', 'RUNS', 'HAS_FACT', 'STATES', 'DEFINES', 'MOST_SIMILAR_TO'];
    const links = dataset.relationships.filter(
      (r) => mine.includes(r.type) || (r.type === 'ON_THEME' && r.fromLabel === 'Initiative'),
    );
    assert.ok(links.length > 0);
    for (const r of links) {
      assert.ok(present.has(`${r.fromLabel} ${r.from}`), `${r.type} from ${r.from}`);
      assert.ok(present.has(`${r.toLabel} ${r.to}`), `${r.type} to ${r.to}`);
    }
    const facts = dataset.nodes.filter((n) => n.label === 'ForceFact');
    assert.equal(
      facts.length,
      reports.reduce((n, r) => n + r.forceFacts.length, 0),
    );
  });
});
