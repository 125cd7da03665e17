import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { splitPracticeFields } from '../../src/ingest/practice/practice-fields.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { expectedPractice } from '../fixtures/developing-practice.expected.js';
import { getVocabulary, parseSeed, readSeedLines, rewrap } from './harness.js';
import { maxQuoteLength } from '../../src/ingest/text/quote.js';

/** The source lines of a span as a reader sees them: text lines trimmed, page furniture left out. */
function readSpan(report: ParsedReport, lineStart: number, lineEnd: number): string {
  return readSeedLines(report.metadata.sourceFile)
    .slice(lineStart - 1, lineEnd)
    .filter((l) => l.kind === 'text')
    .map((l) => l.text.trim())
    .join(' ');
}

describe('developing practice (hand-checked fixtures)', () => {
  for (const expected of expectedPractice) {
    describe(expected.sourceFile, () => {
      it('finds every item with its title, theme, inspection area and lines, and nothing else', async () => {
        const report = await parseSeed(expected.sourceFile);
        assert.deepEqual(
          report.developingPractice.map((item) => ({
            title: item.title,
            themeId: item.themeId,
            inspectionArea: item.inspectionArea,
            lineStart: item.provenance.lineStart,
            lineEnd: item.provenance.lineEnd,
          })),
          expected.items.map(({ title, themeId, inspectionArea, lineStart, lineEnd }) => ({
            title,
            themeId,
            inspectionArea,
            lineStart,
            lineEnd,
          })),
        );
      });

      it('reads problem, contact and outcome as printed under their labels', async () => {
        const report = await parseSeed(expected.sourceFile);
        expected.items.forEach((want, i) => {
          const item = report.developingPractice[i]!;
          assert.ok(item.problem?.startsWith(want.problemStarts), `${want.title}: ${item.problem}`);
          assert.ok(item.solution !== null && item.outcome !== null && item.contact !== null);
          if (want.contact !== undefined) assert.equal(item.contact, want.contact);
          if (want.outcomeStarts !== undefined)
            assert.ok(
              item.outcome?.startsWith(want.outcomeStarts),
              `${want.title}: ${item.outcome}`,
            );
          assert.ok(
            !/<\/?p>|\*\*|TITLE:|PROBLEM:/.test(item.problem + item.solution + item.outcome),
          );
          assert.ok(item.description.length > 0 && !item.description.includes('\n'));
        });
      });

      it('quotes each item exactly from its first lines, under its section', async () => {
        const report = await parseSeed(expected.sourceFile);
        for (const { provenance } of report.developingPractice) {
          const source = readSpan(report, provenance.lineStart, provenance.lineEnd);
          assert.ok(source.includes(provenance.quote), provenance.quote);
          assert.ok(provenance.quote.length <= maxQuoteLength);
          assert.match(provenance.section, /developing practice$/i);
        }
      });
    });
  }

  it('reads the same items from copies re-wrapped at 80 columns', async () => {
    for (const { sourceFile } of expectedPractice) {
      const read = (r: ParsedReport) =>
        r.developingPractice.map((i) => [i.title, i.themeId, i.problem, i.contact]);
      assert.deepEqual(
        read(await parseSeed(sourceFile, (t) => rewrap(t, 80))),
        read(await parseSeed(sourceFile)),
        sourceFile,
      );
    }
  });

  it('files an item under the theme section it sits in when its inspection area names no theme', async () => {
    const report = await parseSeed('2007-10-metropolitan-police.txt', (t) =>
      t.replace(
        'INSPECTION AREA: Performance management\n\nTITLE: Operation Delphinus',
        'INSPECTION AREA: Counter-terrorism\n\nTITLE: Operation Delphinus',
      ),
    );
    const item = report.developingPractice.find((i) => i.title === 'Operation Delphinus')!;
    assert.equal(item.inspectionArea, 'Counter-terrorism');
    assert.equal(item.themeId, 'performance-management');
  });

  it('reads a renamed item and keeps the next one apart', async () => {
    const report = await parseSeed('2007-10-thames-valley-police.txt', (t) =>
      t.replace('TITLE: Community bonfire night', 'TITLE: Safer fireworks on the estate'),
    );
    assert.deepEqual(
      report.developingPractice.slice(1, 3).map((i) => i.title),
      ['Safer fireworks on the estate', 'Annual community sporting event'],
    );
    assert.equal(report.developingPractice[1]!.key, 'safer-fireworks-on-the-estate');
  });
});

describe('splitPracticeFields', () => {
  it('reads labels that share a line and carry bold markup', () => {
    assert.deepEqual(
      splitPracticeFields(
        'INSPECTION AREA: Serious and Organised and Major Crime**TITLE:** Gold Groups**PROBLEM:**',
      ),
      [
        { field: 'area', text: 'Serious and Organised and Major Crime' },
        { field: 'title', text: 'Gold Groups' },
        { field: 'problem', text: '' },
      ],
    );
  });

  it('turns HTML paragraphs into lines and accepts a space before the colon', () => {
    assert.deepEqual(splitPracticeFields('<p>PROBLEM:</p> <p>First.</p> <p>Second.</p>'), [
      { field: 'problem', text: 'First.\nSecond.' },
    ]);
    assert.deepEqual(splitPracticeFields('OUTCOME(S) :'), [{ field: 'outcome', text: '' }]);
  });

  it('does not take a lower-case word followed by a colon for a label', () => {
    assert.deepEqual(splitPracticeFields('The problem: offenders were not known.'), [
      { field: undefined, text: 'The problem: offenders were not known.' },
    ]);
  });
});

describe('developing practice in the dataset', () => {
  it('adds an Initiative per item, presented by the report, on its theme and run by the force', async () => {
    const report = await parseSeed('2008-07-metropolitan-police-major-crime.txt');
    const dataset = buildDataset([report], await getVocabulary());
    const id = '2008-07-metropolitan-police-major-crime/practice/homicide-assessment-teams-hats';
    const node = dataset.nodes.find((n) => n.label === 'Initiative' && n.id === id);
    assert.ok(node, 'no Initiative node for the HAT item');
    assert.equal(node.properties.kind, 'DEVELOPING_PRACTICE');
    assert.equal(node.properties.name, 'Homicide Assessment Teams (HATs)');
    assert.equal(node.properties.acronym, 'HATs');
    assert.equal(node.properties.curated, false);
    assert.equal(node.properties.inspectionArea, 'Serious and Organised and Major Crime');
    assert.equal(node.properties.reportId, report.id);
    assert.equal(node.properties.lineStart, 972);
    // MENTIONS links are the entity linker's and IN_SECTION the section tree's; this test
    // checks the item's own links.
    const links = dataset.relationships.filter(
      (r) =>
        (r.to === id || r.from === id) &&
        r.type !== 'MENTIONS' &&
        r.type !== 'IN_SECTION' &&
        r.type !== 'STATED_IN',
    );
    assert.deepEqual(links.map((r) => `${r.type} ${r.from} -> ${r.to}`).sort(), [
      `ON_THEME ${id} -> major-crime/performance-management-and-resilience`,
      `PRESENTS ${report.id} -> ${id}`,
      `RUNS metropolitan-police -> ${id}`,
    ]);
    const runs = links.find((r) => r.type === 'RUNS')!;
    assert.equal(runs.properties.reportId, report.id);
    assert.equal(runs.properties.lineStart, 972);
    assert.ok(
      dataset.nodes.some((n) => n.id === 'major-crime/performance-management-and-resilience'),
      'the theme node an item is on is in the dataset',
    );
  });
});
