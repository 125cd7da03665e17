import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeLabels, relationshipTypes } from '../../src/domain/model.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import type { GraphFragment } from '../../src/ingest/dataset/graph-fragment.js';
import { identifyItems } from '../../src/ingest/dataset/ids.js';
import { buildEntityGraph, listLinkableItems } from '../../src/ingest/dataset/links.js';
import type { LinkableItem } from '../../src/ingest/link/link.types.js';
import { linkReportEntities } from '../../src/ingest/link/link-report.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { expectedEntities, type ExpectedEntities } from '../fixtures/entities.expected.js';
import { getVocabulary, parseSeed } from './harness.js';
import { maxQuoteLength } from '../../src/ingest/text/quote.js';

/** The report's linkable items under the ids of their nodes, and the entity graph over them. */
async function linkSeed(
  sourceFile: string,
  edit?: (text: string) => string,
): Promise<{ report: ParsedReport; items: LinkableItem[]; graph: GraphFragment }> {
  const report = await parseSeed(sourceFile, edit);
  const identified = identifyItems(report);
  return {
    report,
    items: listLinkableItems(identified),
    graph: buildEntityGraph(report, await getVocabulary(), identified),
  };
}

function findItem(items: readonly LinkableItem[], label: string, startsWith: string) {
  const item = items.find((i) => i.label === label && i.text.startsWith(startsWith));
  assert.ok(item, `no ${label} starting '${startsWith}'`);
  return item;
}

function checkReport(expected: ExpectedEntities): void {
  describe(expected.sourceFile, () => {
    it('links each sampled item to the entities its text names', async () => {
      const { items, graph } = await linkSeed(expected.sourceFile);
      for (const sample of expected.mentions) {
        const item = findItem(items, sample.label, sample.startsWith);
        const mentioned = graph.relationships
          .filter((r) => r.type === 'MENTIONS' && r.from === item.id)
          .map((r) => r.to);
        for (const id of sample.entities)
          assert.ok(mentioned.includes(id), `${sample.startsWith} should mention ${id}`);
        for (const id of sample.not ?? [])
          assert.ok(!mentioned.includes(id), `${sample.startsWith} should not mention ${id}`);
      }
    });

    it('places the partner agencies the text names in their arrangements, quoting it', async () => {
      const { graph } = await linkSeed(expected.sourceFile);
      const links = graph.relationships.filter((r) => r.type === 'PARTICIPATES_IN');
      for (const p of expected.participations) {
        const link = links.find((r) => r.from === p.partner && r.to === p.initiative);
        assert.ok(link, `${p.partner} should take part in ${p.initiative}`);
        assert.ok(
          String(link.values.quote).includes(p.quoteIncludes),
          `quote '${String(link.values.quote)}' lacks '${p.quoteIncludes}'`,
        );
        const where = `${p.partner} in ${p.initiative}`;
        if (p.role) assert.equal(link.values.role, p.role, where);
        if (p.scope) assert.equal(link.values.scope, p.scope, where);
      }
    });

    it('makes every named unit part of the force, and records discovered names as not curated', async () => {
      const { graph } = await linkSeed(expected.sourceFile);
      for (const { unit, force } of expected.units)
        assert.ok(
          graph.relationships.some(
            (r) => r.type === 'PART_OF' && r.from === unit && r.to === force,
          ),
          `${unit} should be PART_OF ${force}`,
        );
      const report = await parseSeed(expected.sourceFile);
      const vocabulary = await getVocabulary();
      const discovered = linkReportEntities({
        reportId: report.id,
        forceId: report.metadata.forceId,
        vocabulary,
        items: [],
        paragraphs: report.paragraphs,
        glossary: [],
      }).discovered;
      for (const { id, kind } of expected.discovered) {
        const entity = discovered.find((e) => e.id === id);
        assert.ok(entity, `${id} should be discovered`);
        assert.equal(entity.kind, kind, id);
        assert.equal(entity.curated, false, id);
      }
    });
  });
}

describe('entity links of the seed reports', () => {
  for (const expected of expectedEntities) checkReport(expected);

  it('gives a partner only to the nearest of two arrangements in a sentence', async () => {
    const { graph } = await linkSeed('2008-07-metropolitan-police-major-crime.txt');
    const housing = graph.relationships.filter(
      (r) => r.type === 'PARTICIPATES_IN' && r.from === 'partner/housing-services',
    );
    assert.deepEqual(
      housing.map((r) => r.to),
      ['initiative/five-boroughs-project'],
    );
  });

  it('gives every link the item’s provenance and a quote from the item', async () => {
    const { items, graph } = await linkSeed('2007-10-west-midlands-police.txt');
    const byId = new Map(items.map((item) => [item.id, item]));
    const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS');
    assert.ok(mentions.length > 50);
    for (const link of mentions) {
      const item = byId.get(link.from)!;
      assert.equal(link.values.reportId, '2007-10-west-midlands-police-inspection');
      assert.equal(link.values.section, item.section);
      assert.equal(link.values.lineStart, item.lineStart);
      assert.equal(link.values.lineEnd, item.lineEnd);
      const quote = String(link.values.quote);
      assert.ok(item.text.includes(quote), `quote not in item: ${quote}`);
      assert.ok(quote.length > 0 && quote.length <= maxQuoteLength);
    }
  });

  it('re-homes units and the police authority when a copy names another force', async () => {
    const { graph } = await linkSeed('2007-10-thames-valley-police.txt', (t) =>
      t.replaceAll('Thames Valley', 'Kent'),
    );
    const ids = graph.nodes.map((n) => n.id);
    assert.ok(ids.includes('unit/kent-police/public-protection-unit'));
    assert.ok(ids.includes('body/kent-police-authority'));
    assert.ok(ids.includes('unit/kent-police/buckinghamshire-bcu'));
    assert.ok(!ids.some((id) => id.includes('thames-valley')), 'no Thames Valley entity left');
    const bcu = graph.nodes.find((n) => n.id === 'unit/kent-police/buckinghamshire-bcu')!;
    assert.equal(bcu.values.curated, false, 'a curated unit of another force is only discovered');
  });
});

describe('entities and topics in the dataset', () => {
  it('adds entity and topic nodes with the model’s properties and links with evidence', async () => {
    const report = await parseSeed('2017-03-metropolitan-police-peel-effectiveness-2016.txt');
    const dataset = buildDataset([report], await getVocabulary());
    for (const label of ['PartnerAgency', 'Unit', 'Initiative', 'Topic'] as const) {
      const nodes = dataset.nodes.filter((n) => n.label === label);
      assert.ok(nodes.length > 0, label);
      for (const node of nodes)
        assert.deepEqual(Object.keys(node.properties), Object.keys(nodeLabels[label]), node.id);
    }
    for (const type of ['MENTIONS', 'PARTICIPATES_IN', 'PART_OF', 'TAGGED'] as const) {
      const links = dataset.relationships.filter((r) => r.type === type);
      assert.ok(links.length > 0, type);
      for (const link of links) {
        const pairs = relationshipTypes[type].pairs as readonly (readonly [string, string])[];
        assert.ok(
          pairs.some(([f, t]) => f === link.fromLabel && t === link.toLabel),
          type,
        );
        assert.equal(link.properties.reportId, report.id);
        assert.equal(typeof link.properties.quote, 'string');
        assert.ok(Number(link.properties.lineStart) <= Number(link.properties.lineEnd));
      }
    }
    const mash = dataset.nodes.find((n) => n.id === 'initiative/multi-agency-safeguarding-hub')!;
    assert.equal(mash.properties.kind, 'MULTI_AGENCY_ARRANGEMENT');
    assert.equal(mash.properties.acronym, 'MASH');
    assert.equal(mash.properties.curated, true);
    const cps = dataset.nodes.find((n) => n.id === 'partner/crown-prosecution-service')!;
    assert.equal(cps.properties.sector, 'CRIMINAL_JUSTICE');
  });
});
