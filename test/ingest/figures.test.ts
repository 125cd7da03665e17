import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findComparisons, type Candidate } from '../../src/ingest/figures/comparisons.js';
import { findNumberMentions } from '../../src/ingest/figures/number-mentions.js';
import type { ParsedFigure, ParsedReport } from '../../src/ingest/report.types.js';
import { parseSeed, rewrap } from './harness.js';

/**
 * The figures stage on real report text: what becomes a figure (and what never does), its
 * unit, comparator, measure and period, and that an edited copy of a report gives the same
 * figures. Precision and recall against the hand-labelled set are in test/eval/.
 */

const thamesValley = '2007-10-thames-valley-police.txt';
const majorCrime = '2008-07-metropolitan-police-major-crime.txt';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';

function findFigure(report: ParsedReport, value: number, line: number): ParsedFigure {
  const figure = report.figures.find(
    (f) => f.value === value && f.provenance.lineStart <= line && line <= f.provenance.lineEnd,
  );
  assert.ok(figure, `no figure ${value} on line ${line}`);
  return figure;
}

/** What a figure says, without where it is printed: the facts an edited copy must keep. */
function describeFigures(report: ParsedReport): string[] {
  return report.figures.map(
    (f) =>
      `${f.value} ${f.unit} ${f.valueText} | ${f.measure} | ${f.period} | ${f.comparator?.value ?? '-'} ${f.comparator?.upTo ?? ''} ${f.comparator?.label ?? ''} | ${f.themeId}`,
  );
}

describe('numbers in text', () => {
  const read = (text: string) =>
    findNumberMentions(text).map((m) => ({
      text: text.slice(m.start, m.end),
      value: m.value,
      unit: m.unit,
      excluded: m.excluded,
    }));

  const figures: [string, string, number, string | null][] = [
    ['the force seized £73m of cash', '£73m', 73_000_000, 'POUNDS'],
    ['a budget of £3,043.1million for', '£3,043.1million', 3_043_100_000, 'POUNDS'],
    ['a population of 2.1 million', '2.1 million', 2_100_000, null],
    ['26.2 percent reduction', '26.2 percent', 26.2, 'PERCENT'],
    ['only 2.3% of calls', '2.3%', 2.3, 'PERCENT'],
    ['a ratio of approximately 1:50.', '1:50', 50, 'RATIO'],
    ['just over 5,606 kilos of Class B', '5,606 kilos', 5606, 'KILOGRAMS'],
    ['not updated for 252 days.', '252 days', 252, 'DAYS'],
    ['requires 4,500 training days', '4,500 training days', 4500, 'DAYS'],
    ['three 20-minute sections', '20-minute', 20, 'MINUTES'],
    ['Short-term (30–60 minutes) deployments', '60 minutes', 60, 'MINUTES'],
    ['for the first 48 hours to carry out', '48 hours', 48, 'HOURS'],
    ['Some 2,471 officers and staff responded', '2,471', 2471, null],
  ];
  for (const [text, printed, value, unit] of figures)
    it(`reads '${printed}' as ${value} ${unit ?? '(unit from context)'}`, () => {
      const mention = read(text).find((m) => m.text === printed);
      assert.ok(mention, `'${printed}' not read in '${text}'`);
      assert.deepEqual([mention.value, mention.unit, mention.excluded], [value, unit, null]);
    });

  const notFigures: [string, string][] = [
    ['In the 12 months to 30 June 2016, the force', 'period length'],
    ['compared to the previous 12 months', 'period length'],
    ['had moved to a team 18 months previously', 'period length'],
    ['when compared with the 12 previous months', 'period length'],
    ['as at 1 July 2016', 'date'],
    ['since HMIC’s 2014 inspection', 'year'],
    ['for 2006/07 and mid-2015', ''],
    ['dispersal powers in sections 34 to 42 of the Act', 'identifier'],
    ['MAPPA categories 1, 2 and 3', 'identifier'],
    ['see page 56', 'identifier'],
    ['using the Going Local 3 methodology', 'identifier'],
    ['training in Risk Matrix 2000 has', ''],
    ['Public Service Agreement (PSA) 1 targets', 'identifier'],
    ['the SCD(1) commander', 'identifier'],
    ["adopt a '4 Ps' structure", 'identifier'],
    ['the 4Ps approach', 'glued to letters'],
    ['Birmingham B4 6NQ', 'glued to letters'],
    ['a 24/7 service', 'glued to letters'],
    ['through the 24-hour SCD reserve', 'round the clock'],
    ['contacted by 9am the next day', 'time'],
    ['peak hours (0700 to 1000)', 'phone number or clock time'],
    ['Inspector Anne Jones, Aylesbury – 01296 396286', ''],
    ['call 020 7230 4040', ''],
    ['recordings of 999 calls', 'emergency number'],
    ['adults, aged 18 and over, who', 'age'],
    ['supporting 16-24 year-olds who', 'age'],
    ['crimes per 1,000 population', 'rate base'],
    ['Figures may not sum to 100 percent due to rounding', 'rounding note'],
    ['- 1. How effective is the force', 'list number'],
    ['See www.thamesvalley.police.uk/news_info/planning/polplan0405.htm', ''],
    ['^{10,11} and $^{^{30}}$', ''],
  ];
  for (const [text, reason] of notFigures)
    it(`never reads a figure in '${text}'`, () => {
      const mentions = read(text);
      assert.ok(
        mentions.every((m) => m.excluded !== null),
        JSON.stringify(mentions),
      );
      if (reason !== '')
        assert.ok(
          mentions.some((m) => m.excluded === reason),
          JSON.stringify(mentions),
        );
    });
});

describe('comparisons', () => {
  function compare(text: string): string[] {
    const mentions = findNumberMentions(text).filter((m) => m.excluded === null);
    const starts = [0, ...[...text.matchAll(/\. (?=[A-Z])/g)].map((m) => m.index + 2)];
    const candidates: Candidate[] = mentions.map((m) => ({
      start: m.start,
      end: m.end,
      value: m.value,
      unit: m.unit ?? 'COUNT',
      sentence: starts.filter((s) => s <= m.start).length - 1,
    }));
    return findComparisons(text, starts, candidates).map(
      (c) => `${candidates[c.figure]!.value} vs ${candidates[c.comparator]!.value} (${c.label})`,
    );
  }

  it('reads a total: X out of Y, X of a planned Y, X (out of Y)', () => {
    assert.deepEqual(compare('the majority of forces (39 out of 43 forces) showed'), [
      '39 vs 43 (out of)',
    ]);
    assert.deepEqual(compare('60 of a planned 96 such kiosks had been installed'), [
      '60 vs 96 (planned)',
    ]);
    assert.deepEqual(compare("London currently has 18 'gang boroughs' (out of 32) each"), [
      '18 vs 32 (out of)',
    ]);
  });

  it('reads a target before or after the figure it is set against', () => {
    assert.deepEqual(
      compare(
        'It aims to take action on 50 cases a month, but is currently only dealing with 31 each month.',
      ),
      ['31 vs 50 (target)'],
    );
    assert.deepEqual(compare('There are currently 373 PCSOs in post (the overall target is 417)'), [
      '373 vs 417 (target)',
    ]);
    assert.deepEqual(
      compare('The authority set a crime reduction target of 3% for all crime.'),
      [],
    );
  });

  it('reads a comparison in the sentence and in the sentence after', () => {
    assert.deepEqual(
      compare('a 26.2 percent reduction in crimes compared to 4.4 percent in non-MetTrace areas'),
      ['26.2 vs 4.4 (non-MetTrace areas)'],
    );
    assert.deepEqual(
      compare(
        'It recorded 1.4 percent of incidents. This is below the 2.4 percent for England and Wales.',
      ),
      ['1.4 vs 2.4 (England and Wales)'],
    );
    assert.deepEqual(
      compare(
        'There were 8 percent fewer incidents. In England and Wales as a whole, there were 8 percent fewer incidents.',
      ),
      ['8 vs 8 (England and Wales)'],
    );
  });
});

describe('figures of the seed reports', () => {
  it("reads the issue's examples with their comparators", async () => {
    const report = await parseSeed(peel);
    const groups = findFigure(report, 84, 821);
    assert.equal(groups.unit, 'PER_MILLION_POPULATION');
    assert.equal(groups.measure, 'organised crime groups');
    assert.equal(groups.period, 'as at 1 July 2016');
    assert.deepEqual(groups.comparator, {
      value: 46,
      upTo: null,
      unit: 'PER_MILLION_POPULATION',
      kind: 'ENGLAND_AND_WALES',
      label: 'England and Wales',
    });
    assert.equal(groups.themeId, 'peel-effectiveness/tackling-serious-and-organised-crime');
    const cases = findFigure(report, 31, 738);
    assert.deepEqual(
      [cases.unit, cases.comparator?.value, cases.comparator?.kind],
      ['COUNT', 50, 'TARGET'],
    );
    assert.ok(!report.figures.some((f) => f.value === 50 && f.provenance.lineStart === 738));
  });

  it('quotes the sentence a figure is printed in, with its lines and section', async () => {
    const report = await parseSeed(peel);
    const seized = findFigure(report, 73_000_000, 867);
    assert.deepEqual([seized.unit, seized.valueText], ['POUNDS', '£73m']);
    assert.ok(seized.provenance.quote.includes('the force seized £73m of cash and assets'));
    assert.match(seized.provenance.section, /serious and organised crime/i);
    assert.deepEqual(seized.source, { lineStart: 867, lineEnd: 867 });
  });

  it('reads a survey table, each answer against its national average range', async () => {
    const report = await parseSeed(thamesValley);
    const aware = findFigure(report, 50, 260);
    assert.equal(aware.unit, 'PERCENT');
    assert.deepEqual(aware.comparator, {
      value: 49.3,
      upTo: 52.2,
      unit: 'PERCENT',
      kind: 'NATIONAL_AVERAGE',
      label: 'national average range',
    });
  });

  it('leaves the national grade distribution to the judgements and the indicator tables to the force facts', async () => {
    for (const file of [thamesValley, majorCrime, peel]) {
      const report = await parseSeed(file);
      for (const fact of report.forceFacts)
        assert.ok(
          !report.figures.some(
            (f) =>
              f.value === fact.value &&
              f.provenance.lineStart >= fact.provenance.lineStart &&
              f.provenance.lineStart <= fact.provenance.lineEnd,
          ),
          `${file}: ${fact.name} is both a force fact and a figure`,
        );
    }
    const report = await parseSeed(thamesValley);
    assert.ok(
      !report.figures.some((f) => f.provenance.lineStart >= 200 && f.provenance.lineStart <= 240),
    );
  });

  it('gives the same figures for a copy with the force renamed', async () => {
    const original = describeFigures(await parseSeed(thamesValley));
    const renamed = await parseSeed(thamesValley, (t) =>
      t.replaceAll('Thames Valley', 'West Mercia'),
    );
    assert.deepEqual(
      describeFigures(renamed).map((d) => d.replaceAll('West Mercia', 'Thames Valley')),
      original,
    );
  });

  it('gives the same figures for a copy with its paragraphs re-wrapped', async () => {
    for (const [file, width] of [
      [peel, 90],
      [thamesValley, 70],
      [majorCrime, 80],
    ] as const) {
      const original = describeFigures(await parseSeed(file));
      const rewrapped = await parseSeed(file, (t) =>
        t
          .split('\n')
          .map((line) => (line.includes('\t') ? line : rewrap(line, width)))
          .join('\n'),
      );
      assert.deepEqual(describeFigures(rewrapped), original, file);
    }
  });

  it('gives the same figures for a copy with a page break moved into a paragraph', async () => {
    const original = describeFigures(await parseSeed(peel));
    const moved = await parseSeed(peel, (t) =>
      t
        .replace('\n\n16\n\n', '\n\n')
        .replace(
          'there are 1,065 officers and 68 staff working in organised crime,',
          'there are 1,065 officers and 68 staff working\n\n16\n\nin organised crime,',
        ),
    );
    assert.deepEqual(describeFigures(moved), original);
  });
});
