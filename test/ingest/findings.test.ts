import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectListBlocks } from '../../src/ingest/findings/list-blocks.js';
import { groupListItems } from '../../src/ingest/findings/list-items.js';
import { layoutText } from '../../src/ingest/layout/layout.js';
import type { Section } from '../../src/ingest/report.types.js';
import { listSections } from '../../src/ingest/layout/sections.js';
import { countFindings, type ExpectedFindings } from '../fixtures/findings.expected.js';
import { hmic2007Findings } from '../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../fixtures/findings-peel-2016.expected.js';
import { parseSeed, readSeedReport } from './harness.js';
import { maxQuoteLength } from '../../src/ingest/text/quote.js';

const expectedFindings: readonly ExpectedFindings[] = [
  ...hmic2007Findings,
  ...majorCrime2008Findings,
  ...peel2016Findings,
];

/** A one-list section over a snippet's lines, as the section tree would give it. */
function listSection(text: string): { layout: ReturnType<typeof layoutText>; section: Section } {
  const layout = layoutText(text);
  const section: Section = {
    heading: 'Strengths',
    key: 'strengths',
    kind: 'block',
    rank: 2,
    themeId: null,
    lineStart: 1,
    headingEnd: 1,
    lineEnd: layout.lines.length,
    path: 'Findings > Theme > Strengths',
    code: null,
    children: [],
  };
  return { layout, section };
}

function readItems(text: string): string[] {
  const { layout, section } = listSection(text);
  return groupListItems(collectListBlocks(layout, section)).items.map((i) => i.text);
}

describe('findings of the seed reports', () => {
  for (const expected of expectedFindings) {
    it(`counts every finding per theme and kind in ${expected.sourceFile}`, async () => {
      const report = await parseSeed(expected.sourceFile);
      assert.deepEqual(countFindings(report), expected.counts);
    });

    it(`joins the sampled findings of ${expected.sourceFile} in full, with their lines`, async () => {
      const report = await parseSeed(expected.sourceFile);
      for (const sample of expected.samples) {
        const found = report.findings.find(
          (f) =>
            f.themeId === sample.themeId && f.kind === sample.kind && f.ordinal === sample.ordinal,
        );
        assert.ok(found, `no ${sample.kind} #${sample.ordinal} on ${sample.themeId}`);
        assert.deepEqual(
          [found.provenance.lineStart, found.provenance.lineEnd, found.text],
          [sample.lineStart, sample.lineEnd, sample.text],
        );
      }
    });

    it(`quotes each finding of ${expected.sourceFile} exactly as printed at its first line`, async () => {
      const report = await parseSeed(expected.sourceFile);
      const lines = readSeedReport(expected.sourceFile).split('\n');
      for (const f of report.findings) {
        const first = lines[f.provenance.lineStart - 1]!.trim().replace(/^- /, '');
        const head = f.provenance.quote.slice(0, Math.min(40, first.length));
        assert.ok(first.startsWith(head), `line ${f.provenance.lineStart}: '${head}'`);
        assert.ok(f.provenance.quote.length <= maxQuoteLength);
        assert.ok(f.provenance.lineEnd >= f.provenance.lineStart);
      }
    });
  }

  it('numbers findings 1..n within each theme and kind, in reading order', async () => {
    const report = await parseSeed('2007-10-metropolitan-police.txt');
    const seen = new Map<string, number>();
    for (const f of report.findings) {
      const key = `${f.themeId} ${f.kind}`;
      assert.equal(f.ordinal, (seen.get(key) ?? 0) + 1, key);
      seen.set(key, f.ordinal);
    }
  });

  it('reads no finding from a developing-practice block or an appendix', async () => {
    for (const file of [
      '2007-10-metropolitan-police.txt',
      '2008-07-metropolitan-police-major-crime.txt',
    ]) {
      const report = await parseSeed(file);
      const excluded = listSections(report.sections).filter((s) =>
        /developing-practice|^appendix/.test(s.key),
      );
      assert.ok(excluded.length > 0);
      for (const f of report.findings)
        for (const s of excluded)
          assert.ok(
            f.provenance.lineStart < s.lineStart || f.provenance.lineStart > s.lineEnd,
            `${file}: finding at line ${f.provenance.lineStart} lies in '${s.path}'`,
          );
    }
  });

  it('never takes the 2015 areas for improvement quoted in the PEEL report as current', async () => {
    const report = await parseSeed('2017-03-metropolitan-police-peel-effectiveness-2016.txt');
    const quoted = listSections(report.sections).find((s) =>
      s.key.startsWith('has-the-force-improved-since'),
    );
    assert.ok(quoted);
    assert.equal(
      report.findings.some(
        (f) =>
          f.provenance.lineStart >= quoted.lineStart && f.provenance.lineStart <= quoted.lineEnd,
      ),
      false,
    );
  });
});

describe('list items', () => {
  it('joins a bullet split by a page footer', () => {
    const text = [
      'Strengths',
      '',
      '- The force has a long item that runs over the end of the page and so it is cut by',
      '',
      'October 2007',
      '',
      'the footer. It ends here.',
      '- Second item.',
    ].join('\n');
    assert.deepEqual(readItems(text), [
      'The force has a long item that runs over the end of the page and so it is cut by the footer. It ends here.',
      'Second item.',
    ]);
  });

  it('skips footnote text at the foot of a page inside a bullet list', () => {
    const text = [
      'Strengths',
      '',
      '- First item.',
      '',
      'Level 1 – a footnote whose superscript number the conversion lost.',
      '',
      'October 2007',
      '',
      '- Second item.',
    ].join('\n');
    assert.deepEqual(readItems(text), ['First item.', 'Second item.']);
  });

  it('keeps a paragraph inside a bullet list with the bullet above it', () => {
    const text = [
      'Strengths',
      '',
      '- First item.',
      '',
      'More about the first item.',
      '',
      '- Second item.',
    ].join('\n');
    assert.deepEqual(readItems(text), ['First item. More about the first item.', 'Second item.']);
  });

  it('reads plain paragraphs as items and gives a paragraph the bullets below it', () => {
    const text = [
      'Strengths',
      '',
      'The force works with partners, including:',
      '',
      '- the council; and',
      '- the fire service.',
      '',
      'Another strength.',
    ].join('\n');
    assert.deepEqual(readItems(text), [
      'The force works with partners, including: the council; and the fire service.',
      'Another strength.',
    ]);
  });

  it('reads None. as no item, and removes footnote markers', () => {
    assert.deepEqual(readItems('Strengths\n\n- None.'), []);
    assert.deepEqual(readItems('Strengths\n\n- Level 3² crime is tackled.'), [
      'Level 3 crime is tackled.',
    ]);
  });

  it('takes the text after a RECOMMENDATION marker as the recommendation, not an item', () => {
    const { layout, section } = listSection(
      [
        'Areas for improvement',
        '',
        'The force lacks a plan.',
        '',
        'RECOMMENDATION 4',
        '',
        'That the force writes a plan.',
        '',
        'Another area.',
      ].join('\n'),
    );
    const entries = groupListItems(collectListBlocks(layout, section));
    assert.deepEqual(
      entries.items.map((i) => i.text),
      ['The force lacks a plan.', 'Another area.'],
    );
    assert.deepEqual(
      entries.recommendations.map((r) => [r.marker.number, r.markerLine, r.item.text]),
      [[4, 5, 'That the force writes a plan.']],
    );
  });

  it('skips a GRADE line printed above the next theme’s heading', () => {
    assert.deepEqual(readItems('Areas for improvement\n\n- Only item.\n\nGRADE\n\nFAIR'), [
      'Only item.',
    ]);
  });

  it('stops a list where a developing-practice item starts without its heading', () => {
    const text = [
      'Areas for improvement',
      '',
      '- Only item.',
      '',
      'INSPECTION AREA: Neighbourhood Policing',
      '',
      '- a bullet of the practice',
    ].join('\n');
    assert.deepEqual(readItems(text), ['Only item.']);
  });
});
