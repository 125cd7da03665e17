import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { identifyItems } from '../../src/ingest/dataset/ids.js';
import { getVocabulary, parseSeed, readSeedReport, rewrap } from './harness.js';
import { movePageBreaks } from './page-breaks.js';

const met2007 = '2007-10-metropolitan-police.txt';
const majorCrime = '2008-07-metropolitan-police-major-crime.txt';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';
const mcReport = '2008-07-metropolitan-police-major-crime';
const peelReport = '2017-03-metropolitan-police-peel-effectiveness-2016';

function nodesOf(dataset: GraphDataset, label: string) {
  return dataset.nodes.filter((n) => n.label === label);
}

function linksOf(dataset: GraphDataset, type: string, from?: string) {
  return dataset.relationships.filter((r) => r.type === type && (!from || r.from === from));
}

describe('sections, passages and footnotes in the dataset', () => {
  let dataset: GraphDataset;
  before(async () => {
    const reports = await Promise.all([met2007, majorCrime, peel].map((f) => parseSeed(f)));
    dataset = buildDataset(reports, await getVocabulary());
  });

  it('gives the 25 major crime standards as sections with their codes, under the four threshold headings', () => {
    const standards = nodesOf(dataset, 'Section').filter((n) => n.properties.code !== null);
    assert.deepEqual(
      standards.map((n) => n.properties.code).sort(),
      Array.from({ length: 25 }, (_, i) => `MC${String(i + 1).padStart(2, '0')}`),
    );
    const parents = new Map(linksOf(dataset, 'SUBSECTION_OF').map((r) => [r.from, r.to]));
    const headings = new Map(nodesOf(dataset, 'Section').map((n) => [n.id, n.properties.heading]));
    const thresholds = new Set(standards.map((n) => headings.get(parents.get(n.id)!)));
    assert.deepEqual([...thresholds].sort(), [
      'Enforcement',
      'Intelligence',
      'Performance management and resilience',
      'Prevention',
    ]);
    const mc18 = standards.find((n) => n.properties.code === 'MC18')!;
    assert.equal(mc18.properties.heading, 'MC18 (This is also covered by MC06) Summary');
    assert.equal(mc18.properties.level, 3);
  });

  it('records the lists printed as "None." on their section and every section above', () => {
    const byId = new Map(nodesOf(dataset, 'Section').map((n) => [n.id, n]));
    assert.deepEqual(byId.get(`${mcReport}/section/mc02-summary`)!.properties.printedNone, [
      'AREA_FOR_IMPROVEMENT',
    ]);
    assert.deepEqual(
      byId.get(`${mcReport}/section/mc02-summary/area-s-for-improvement`)!.properties.printedNone,
      ['AREA_FOR_IMPROVEMENT'],
    );
    assert.deepEqual(byId.get(`${mcReport}/section/mc01-summary`)!.properties.printedNone, []);
    assert.deepEqual(byId.get(`${mcReport}/section/mc21-summary`)!.properties.printedNone, [
      'WORK_IN_PROGRESS',
      'AREA_FOR_IMPROVEMENT',
    ]);
  });

  it('places every finding, passage and footnote in its innermost section', () => {
    const inSection = new Map(linksOf(dataset, 'IN_SECTION').map((r) => [r.from, r.to]));
    for (const label of ['Finding', 'Passage', 'Footnote', 'Recommendation'])
      for (const node of nodesOf(dataset, label))
        assert.ok(inSection.has(node.id), `${node.id} is in no section`);
    assert.equal(
      inSection.get(`${mcReport}/finding/major-crime-intelligence/strength/1`),
      `${mcReport}/section/mc01-summary/evidence`,
    );
    assert.equal(
      inSection.get(`${mcReport}/passage/mc02-summary/1`),
      `${mcReport}/section/mc02-summary`,
    );
  });

  it('links a passage to its report, theme and the footnotes it cites', () => {
    const id = `${peelReport}/passage/overall-summary/6`;
    const passage = nodesOf(dataset, 'Passage').find((n) => n.id === id)!;
    assert.match(String(passage.properties.text), /^How the force protects vulnerable people/);
    assert.equal(passage.properties.lineStart, 186);
    assert.equal(
      passage.properties.section,
      'Overview – How effective is the force at keeping people safe and reducing crime? > Overall summary',
    );
    assert.deepEqual(
      linksOf(dataset, 'CITES', id).map((r) => r.to),
      [`${peelReport}/footnote/3`],
    );
    assert.deepEqual(
      linksOf(dataset, 'ON_THEME', id).map((r) => r.to),
      ['peel-effectiveness'],
    );
    assert.ok(linksOf(dataset, 'HAS_PASSAGE').some((r) => r.from === peelReport && r.to === id));
    const footnote = nodesOf(dataset, 'Footnote').find((n) => n.id === `${peelReport}/footnote/3`)!;
    assert.match(String(footnote.properties.text), /^People who are vulnerable through their age/);
  });

  it('numbers passages in reading order within each report', () => {
    const ordinals = nodesOf(dataset, 'Passage')
      .filter((n) => n.properties.reportId === peelReport)
      .sort((a, b) => Number(a.properties.lineStart) - Number(b.properties.lineStart))
      .map((n) => n.properties.ordinal);
    assert.deepEqual(
      ordinals,
      ordinals.map((_, i) => i + 1),
    );
  });

  it('links the entities and topics a passage names', () => {
    const mentions = linksOf(dataset, 'MENTIONS').filter((r) => r.fromLabel === 'Passage');
    const tags = linksOf(dataset, 'TAGGED').filter((r) => r.fromLabel === 'Passage');
    assert.ok(mentions.length > 100 && tags.length > 100);
    const encompass = mentions.find(
      (r) =>
        r.properties.reportId === peelReport &&
        /Operation Encompass is a scheme/.test(String(r.properties.quote)),
    );
    assert.ok(encompass, 'no passage mentions Operation Encompass');
  });

  it('links the organisations a footnote names, with its sentence, but tags no topic', () => {
    const footnoteId = (mark: number) => `${peelReport}/footnote/${mark}`;
    const named = (mark: number) =>
      linksOf(dataset, 'MENTIONS', footnoteId(mark)).map((r) => [r.to, r.properties.quote]);
    // PEEL l.619: "… ACPO Guidance on Safeguarding and Investigating the Abuse of Vulnerable
    // Adults, NPIA, 2012."
    assert.ok(
      named(27).some(
        ([to, quote]) =>
          to === 'body/national-policing-improvement-agency' &&
          /^ACPO Guidance on Safeguarding/.test(String(quote)),
      ),
      JSON.stringify(named(27)),
    );
    // l.572: "… for example the Youth Justice Board will be responsible for the care of young
    // offenders"; l.653: "Safeguarding children and young people from sexual exploitation,
    // Department for Education, 2009."
    assert.ok(
      named(25).some(([to]) => to === 'partner/youth-justice-board'),
      JSON.stringify(named(25)),
    );
    assert.ok(
      named(30).some(([to]) => to === 'partner/department-for-education'),
      JSON.stringify(named(30)),
    );
    // l.75: another force a footnote names is a mention of that force.
    assert.ok(
      named(1).some(([to]) => to === 'kent-police'),
      JSON.stringify(named(1)),
    );
    // l.891: "… mental health problems, domestic abuse …" names a condition, not a service.
    assert.ok(!named(51).some(([to]) => to === 'partner/mental-health-services'));
    assert.equal(
      dataset.relationships.filter((r) => r.type === 'TAGGED' && r.fromLabel === 'Footnote').length,
      0,
    );
  });
});

describe('section and passage ids', () => {
  it('keeps every section, passage and footnote id when the report is re-wrapped or its page breaks move', async () => {
    const ids = (report: Awaited<ReturnType<typeof parseSeed>>) => {
      const items = identifyItems(report);
      return [items.sections, items.passages, items.footnotes].map((list) => list.map((i) => i.id));
    };
    const original = ids(await parseSeed(met2007));
    assert.deepEqual(ids(await parseSeed(met2007, (t) => rewrap(t, 70))), original);
    const moved = movePageBreaks(readSeedReport(met2007), {
      footer: 'October 2007',
      runningHead: null,
    });
    assert.deepEqual(ids(await parseSeed(met2007, () => moved.text)), original);
  });

  it('mints unique ids', async () => {
    for (const file of [met2007, majorCrime, peel]) {
      const items = identifyItems(await parseSeed(file));
      for (const list of [items.sections, items.passages, items.footnotes]) {
        const ids = list.map((i) => i.id);
        assert.equal(new Set(ids).size, ids.length, file);
      }
    }
  });
});
