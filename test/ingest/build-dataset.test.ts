import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import { nodeLabels, relationshipTypes } from '../../src/domain/model.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { expectedReports, getVocabulary, parseSeed } from './harness.js';

async function parseAll(): Promise<ParsedReport[]> {
  return Promise.all(expectedReports.map((e) => parseSeed(e.sourceFile)));
}

async function buildSeedDataset(): Promise<GraphDataset> {
  return buildDataset(await parseAll(), await getVocabulary());
}

describe('buildDataset', () => {
  it('emits nodes and relationships with exactly the model’s labels, pairs and properties', async () => {
    const dataset = await buildSeedDataset();
    const labels = new Set(dataset.nodes.map((n) => n.label));
    for (const label of ['Force', 'Judgement', 'Report', 'Theme', 'Finding', 'Recommendation'])
      assert.ok(labels.has(label as never), label);
    for (const node of dataset.nodes)
      assert.deepEqual(Object.keys(node.properties), Object.keys(nodeLabels[node.label]), node.id);
    for (const rel of dataset.relationships) {
      const spec = relationshipTypes[rel.type];
      assert.ok(
        spec.pairs.some(([from, to]) => from === rel.fromLabel && to === rel.toLabel),
        rel.type,
      );
      assert.deepEqual(Object.keys(rel.properties), Object.keys(spec.properties), rel.type);
    }
  });

  it('creates Force nodes only for forces inspected, grouped as most similar or mentioned, with their aliases', async () => {
    const dataset = await buildSeedDataset();
    const forces = dataset.nodes.filter((n) => n.label === 'Force');
    const named = new Set(
      dataset.relationships
        .filter(
          (r) => r.type === 'MOST_SIMILAR_TO' || (r.type === 'MENTIONS' && r.toLabel === 'Force'),
        )
        .flatMap((r) => (r.type === 'MOST_SIMILAR_TO' ? [r.from, r.to] : [r.to])),
    );
    assert.ok(named.has('greater-manchester-police'));
    const inspected = ['metropolitan-police', 'thames-valley-police', 'west-midlands-police'];
    assert.deepEqual(
      forces.map((n) => n.id),
      [...new Set([...inspected, ...named])].sort(),
    );
    const met = forces.find((n) => n.id === 'metropolitan-police')!.properties;
    assert.equal(met.name, 'Metropolitan Police Service');
    assert.ok((met.aliases as string[]).includes('MPS'));
    assert.ok((met.aliases as string[]).includes('the Met'));
  });

  it('stores report metadata and links each report to its force and judgements', async () => {
    const dataset = await buildSeedDataset();
    const report = dataset.nodes.find((n) => n.id === '2008-07-metropolitan-police-major-crime')!;
    assert.deepEqual(report.properties, {
      title: 'Metropolitan Police Major Crime – HMIC Inspection Report',
      publishedOn: '2008-07',
      isbn: '978-1-84726-727-6',
      framework: 'MAJOR_CRIME_2008',
      sourceFile: '2008-07-metropolitan-police-major-crime.txt',
      forceId: 'metropolitan-police',
      lineCount: 1152,
    });
    const from = (type: string, id: string) =>
      dataset.relationships.filter((r) => r.type === type && r.from === id).map((r) => r.to);
    assert.deepEqual(from('INSPECTS', report.id), ['metropolitan-police']);
    const judgementId = '2008-07-metropolitan-police-major-crime/judgement/major-crime';
    assert.deepEqual(from('MADE', report.id), [judgementId]);
    assert.deepEqual(from('OF_FORCE', judgementId), ['metropolitan-police']);
    assert.deepEqual(from('ON_THEME', judgementId), ['major-crime']);
  });

  it('stores grade, scale, rank, national distribution and provenance on each judgement', async () => {
    const dataset = await buildSeedDataset();
    const judgement = dataset.nodes.find(
      (n) =>
        n.id ===
        '2007-10-metropolitan-police-inspection/judgement/protecting-vulnerable-people-domestic-violence',
    )!;
    assert.deepEqual(judgement.properties, {
      grade: 'Fair',
      scale: 'EXCELLENT_TO_POOR',
      rank: 3,
      distributionGrades: ['Excellent', 'Good', 'Fair', 'Poor'],
      distributionCounts: [1, 13, 27, 2],
      stated: 'THIS_REPORT',
      year: 2007,
      framework: 'HMIC_INSPECTION',
      assessment: null,
      reportId: '2007-10-metropolitan-police-inspection',
      section: 'Findings > Protecting Vulnerable People – Domestic Violence',
      lineStart: 951,
      lineEnd: 953,
      quote: 'GRADE FAIR',
    });
  });

  it('shares one Theme node per theme across reports, with its parent chain', async () => {
    const dataset = await buildSeedDataset();
    const themes = dataset.nodes.filter((n) => n.label === 'Theme');
    const dv = themes.filter((n) => n.id === 'protecting-vulnerable-people/domestic-violence');
    assert.equal(dv.length, 1);
    assert.deepEqual(dv[0]!.properties, {
      name: 'Domestic violence',
      question: null,
      framework: 'HMIC_INSPECTION',
      parentId: 'protecting-vulnerable-people',
      ordinal: 2,
    });
    const onDv = dataset.relationships.filter(
      (r) => r.type === 'ON_THEME' && r.fromLabel === 'Judgement' && r.to === dv[0]!.id,
    );
    assert.equal(onDv.length, 3);
    const subthemeOf = dataset.relationships
      .filter((r) => r.type === 'SUBTHEME_OF')
      .map((r) => `${r.from}>${r.to}`);
    assert.ok(
      subthemeOf.includes(
        'protecting-vulnerable-people/domestic-violence>protecting-vulnerable-people',
      ),
    );
    assert.ok(
      subthemeOf.includes(
        'peel-effectiveness/tackling-serious-and-organised-crime>peel-effectiveness',
      ),
    );
    const root = themes.find((n) => n.id === 'protecting-vulnerable-people')!;
    assert.equal(root.properties.parentId, null);
  });

  it('is deterministic: the same reports in any order give byte-identical JSON', async () => {
    const vocabulary = await getVocabulary();
    const first = JSON.stringify(buildDataset(await parseAll(), vocabulary));
    const second = JSON.stringify(buildDataset([...(await parseAll())].reverse(), vocabulary));
    assert.equal(first, second);
  });

  it('sorts nodes by label and id, relationships by type, endpoints and stating report', async () => {
    const dataset = await buildSeedDataset();
    const nodeKeys = dataset.nodes.map((n) => `${n.label} ${n.id}`);
    assert.deepEqual(nodeKeys, [...nodeKeys].sort());
    // A participation is also told apart by its scope: one report may state a pair nationally
    // and for its force.
    const relKeys = dataset.relationships.map((r) =>
      [
        r.type,
        r.fromLabel,
        r.from,
        r.toLabel,
        r.to,
        r.properties.reportId ?? '',
        ...(r.type === 'PARTICIPATES_IN' ? [r.properties.scope] : []),
      ].join('\u0000'),
    );
    assert.deepEqual(relKeys, [...relKeys].sort());
    assert.equal(new Set(relKeys).size, relKeys.length);
  });

  it('keeps one evidence link per stating report when several reports state the same link', async () => {
    const dataset = await buildSeedDataset();
    const pairs = new Map<string, Set<unknown>>();
    for (const r of dataset.relationships.filter(
      (r) => r.type === 'PART_OF' || r.type === 'PARTICIPATES_IN',
    )) {
      const key = `${r.type} ${r.from} ${r.to}`;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(r.properties.reportId));
    }
    const statedTwice = [...pairs.values()].filter((reports) => reports.size > 1);
    assert.ok(statedTwice.length > 0, 'some link is stated by two reports');
  });

  it('rejects two files that are the same report', async () => {
    const report = await parseSeed('2007-10-west-midlands-police.txt');
    const copy = { ...report, metadata: { ...report.metadata, sourceFile: 'copy.txt' } };
    assert.throws(
      () => buildDataset([report, copy], { forces: [], themes: [] }),
      /copy\.txt and 2007-10-west-midlands-police\.txt are both report '2007-10-west-midlands-police-inspection'/,
    );
  });
});
