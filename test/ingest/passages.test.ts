import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutText } from '../../src/ingest/layout/layout.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import type { LineSpan } from '../../src/ingest/text/line-span.js';
import { listSections } from '../../src/ingest/layout/sections.js';
import { expectedReports, parseSeed, readSeedReport, rewrap } from './harness.js';
import { checkPassageCoverage } from './passage-coverage.js';
import { movePageBreaks } from './page-breaks.js';

const met2007 = '2007-10-metropolitan-police.txt';
const thamesValley = '2007-10-thames-valley-police.txt';
const westMidlands = '2007-10-west-midlands-police.txt';
const majorCrime = '2008-07-metropolitan-police-major-crime.txt';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';

function findPassage(report: ParsedReport, lineStart: number) {
  const passage = report.passages.find((p) => p.provenance.lineStart === lineStart);
  assert.ok(passage, `no passage starts at line ${lineStart}`);
  return passage;
}

/** The text with the lines of one span re-wrapped at `width` columns, the rest as it was. */
function rewrapLines(text: string, span: LineSpan, width: number): string {
  const lines = text.split('\n');
  const inside = lines.slice(span.lineStart - 1, span.lineEnd).join('\n');
  return [
    ...lines.slice(0, span.lineStart - 1),
    rewrap(inside, width),
    ...lines.slice(span.lineEnd),
  ].join('\n');
}

/** What must not change when only the layout of a report changes: reading order, kind, section, text. */
function describePassages(report: ParsedReport): string[] {
  return report.passages.map((p) => `${p.kind} | ${p.provenance.section} | ${p.text}`);
}

describe('passages', () => {
  it('joins a paragraph split by a page footer, without the footer', async () => {
    const passage = findPassage(await parseSeed(met2007), 206);
    assert.equal(passage.provenance.lineEnd, 210);
    assert.deepEqual(passage.lines, [206, 210]);
    assert.match(passage.text, /by the end of April 2007\. These officers/);
    assert.doesNotMatch(passage.text, /October 2007/);
    assert.equal(
      passage.provenance.section,
      'Force Overview and Context > Force developments since 2006',
    );
  });

  it('joins a paragraph split by a page number and a footnote, and keeps the footnote apart', async () => {
    const report = await parseSeed(peel);
    const passage = findPassage(report, 178);
    assert.deepEqual(passage.lines, [178, 182]);
    assert.match(
      passage.text,
      /crime prevention, but the force does not routinely review the effectiveness/,
    );
    assert.doesNotMatch(passage.text, /HMIC judgments are outstanding/);
    const footnote = report.footnotes.find((f) => f.mark === '2');
    assert.equal(
      footnote?.text,
      'HMIC judgments are outstanding, good, requires improvement and inadequate.',
    );
    assert.equal(footnote?.provenance.lineStart, 180);
  });

  it('removes footnote markers from the text and records which footnotes a passage cites', async () => {
    const report = await parseSeed(peel);
    const passage = findPassage(report, 186);
    assert.deepEqual(passage.footnoteMarks, ['3']);
    assert.match(passage.text, /vulnerable people by officers/);
    const footnote = report.footnotes.find((f) => f.mark === '3');
    assert.deepEqual(footnote?.citedAt, { lineStart: 186, lineEnd: 186 });
    const figure = findPassage(report, 368);
    assert.equal(figure.kind, 'LABELLED');
    assert.deepEqual(figure.footnoteMarks, ['10', '11']);
    assert.doesNotMatch(figure.text, /\^\{/);
  });

  it('never repeats a list item, a developing-practice item, a heading or a GRADE line', async () => {
    const report = await parseSeed(met2007);
    const lines = new Set(report.passages.flatMap((p) => p.lines));
    for (const f of report.findings) assert.ok(!lines.has(f.provenance.lineStart), f.text);
    for (const d of report.developingPractice)
      for (let n = d.provenance.lineStart; n <= d.provenance.lineEnd; n++)
        assert.ok(!lines.has(n), `practice line ${n}`);
    for (const s of listSections(report.sections)) assert.ok(!lines.has(s.lineStart), s.heading);
    assert.ok(!report.passages.some((p) => /^GRADE\b/.test(p.text)));
  });

  it('keeps prose inside list sections that no item takes (footnote text that lost its number)', async () => {
    const report = await parseSeed(majorCrime);
    const passage = findPassage(report, 326);
    assert.match(passage.text, /^Level 1 – local crime and disorder/);
    assert.equal(
      passage.provenance.section,
      'Major Crime > Intelligence > MC02 Summary > Strengths',
    );
    assert.equal(passage.themeId, 'major-crime/intelligence');
    assert.ok(!report.findings.some((f) => f.text.startsWith('Level 1')));
  });

  it('gives a bullet that is no finding as a BULLET passage, and strips bold marks', async () => {
    const report = await parseSeed(majorCrime);
    const bullet = findPassage(report, 368);
    assert.equal(bullet.kind, 'BULLET');
    assert.match(bullet.text, /^The requirement for a five boroughs project/);
    assert.match(findPassage(report, 230).text, /faces an exceptional level/);
  });

  it('records the lists a report prints as "None."', async () => {
    const report = await parseSeed(majorCrime);
    assert.equal(report.emptyLists.length, 20);
    assert.deepEqual(
      report.emptyLists
        .slice(0, 2)
        .map((e) => [e.kind, e.provenance.section, e.provenance.lineStart]),
      [
        [
          'AREA_FOR_IMPROVEMENT',
          'Major Crime > Intelligence > MC02 Summary > Area(s) for improvement',
          346,
        ],
        ['WORK_IN_PROGRESS', 'Major Crime > Intelligence > MC03 Summary > Work in progress', 360],
      ],
    );
    assert.deepEqual((await parseSeed(met2007)).emptyLists, []);
  });

  for (const expected of expectedReports)
    it(`loses no line of ${expected.sourceFile} and takes in no page furniture`, async () => {
      const report = await parseSeed(expected.sourceFile);
      const coverage = checkPassageCoverage(readSeedReport(expected.sourceFile), report);
      assert.deepEqual(coverage, {
        missing: [],
        mismatched: [],
        withFurniture: [],
        duplicated: [],
      });
      assert.ok(report.passages.length > 50);
    });
});

describe('passages of modified copies', () => {
  it('gives the same passages when page breaks move and a running head is printed at each', async () => {
    const original = await parseSeed(met2007);
    const moved = movePageBreaks(readSeedReport(met2007), {
      footer: 'October 2007',
      runningHead: 'Metropolitan Police Service – Inspection Report',
    });
    assert.ok(moved.inserted >= 20, `only ${moved.inserted} page breaks inserted`);
    const report = await parseSeed(met2007, () => moved.text);
    assert.deepEqual(describePassages(report), describePassages(original));
    const layout = layoutText(moved.text);
    const furniture = layout.lines.filter((l) => l.kind === 'footer').length;
    assert.ok(furniture >= moved.inserted * 2);
    const coverage = checkPassageCoverage(moved.text, report);
    assert.deepEqual(coverage.withFurniture, []);
    assert.ok(!report.passages.some((p) => p.text.includes('Inspection Report')));
  });

  it('gives the same PEEL passages when page numbers move', async () => {
    const original = await parseSeed(peel);
    const moved = movePageBreaks(readSeedReport(peel), { footer: '16', runningHead: null });
    assert.ok(moved.inserted >= 20);
    const report = await parseSeed(peel, () => moved.text);
    assert.deepEqual(describePassages(report), describePassages(original));
  });

  for (const file of [met2007, westMidlands, majorCrime])
    for (const width of [80, 60])
      it(`gives the same passages from ${file} re-wrapped at ${width} columns`, async () => {
        const original = await parseSeed(file);
        const report = await parseSeed(file, (t) => rewrap(t, width));
        assert.deepEqual(describePassages(report), describePassages(original));
        assert.deepEqual(
          report.footnotes.map((f) => [f.mark, f.text]),
          original.footnotes.map((f) => [f.mark, f.text]),
        );
      });

  for (const [file, heading] of [
    [peel, 'Does the force have a problem-solving approach?'],
    [peel, 'How well does the force protect the public from the most harmful offenders?'],
    [thamesValley, 'Force developments since 2006'],
  ] as const)
    it(`gives the same passages from ${file} with the paragraphs under '${heading}' re-wrapped`, async () => {
      const original = await parseSeed(file);
      const section = listSections(original.sections).find((s) => s.heading === heading)!;
      const report = await parseSeed(file, (t) => rewrapLines(t, section, 70));
      assert.ok(report.metadata.lineCount > original.metadata.lineCount);
      assert.deepEqual(describePassages(report), describePassages(original));
    });

  it('gives the same passages for a renamed force', async () => {
    const original = await parseSeed(thamesValley);
    const report = await parseSeed(thamesValley, (t) => t.replaceAll('Thames Valley', 'Kent'));
    assert.equal(report.metadata.forceId, 'kent-police');
    assert.deepEqual(
      describePassages(report),
      describePassages(original).map((p) => p.replaceAll('Thames Valley', 'Kent')),
    );
  });
});
