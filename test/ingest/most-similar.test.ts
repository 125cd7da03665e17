import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { expectedForceFacts } from '../fixtures/force-facts.expected.js';
import { getVocabulary, parseSeed } from './harness.js';

const majorCrime = '2008-07-metropolitan-police-major-crime.txt';
const group = 'Greater Manchester, Merseyside, West Midlands and West Yorkshire';

describe('most similar forces (hand-checked fixtures)', () => {
  for (const expected of expectedForceFacts)
    it(`reads the most-similar-forces group of ${expected.sourceFile}, if printed`, async () => {
      const report = await parseSeed(expected.sourceFile);
      assert.deepEqual(
        report.mostSimilarForces.map((m) => m.forceId),
        expected.mostSimilar,
      );
      for (const { provenance } of report.mostSimilarForces) {
        assert.equal(provenance.lineStart, expected.mostSimilarLine);
        assert.match(provenance.quote, /Most similar force \(MSF\) group for the MPS is/);
      }
    });

  it('reads a group naming other forces, one of them with "and" in its name', async () => {
    const report = await parseSeed(majorCrime, (t) =>
      t.replace(group, 'Avon and Somerset, Kent and Essex'),
    );
    assert.deepEqual(
      report.mostSimilarForces.map((m) => m.forceId),
      ['avon-and-somerset-constabulary', 'kent-police', 'essex-police'],
    );
  });

  it('warns about and skips a named force the vocabulary does not know', async () => {
    const report = await parseSeed(majorCrime, (t) =>
      t.replace(group, 'Greater Manchester, Atlantis Constabulary and Merseyside'),
    );
    assert.deepEqual(
      report.mostSimilarForces.map((m) => m.forceId),
      ['greater-manchester-police', 'merseyside-police'],
    );
    assert.ok(report.warnings.some((w) => w.line === 223 && w.message.includes('Atlantis')));
  });

  it('ignores a group stated for another force', async () => {
    const report = await parseSeed(majorCrime, (t) =>
      t.replace('group for the MPS is', 'group for Kent Police is'),
    );
    assert.deepEqual(report.mostSimilarForces, []);
  });
});

describe('most similar forces in the dataset', () => {
  it('links the force to each group member, adding the member forces, with evidence', async () => {
    const report = await parseSeed(majorCrime);
    const dataset = buildDataset([report], await getVocabulary());
    const links = dataset.relationships.filter((r) => r.type === 'MOST_SIMILAR_TO');
    assert.deepEqual(
      links.map((r) => `${r.from} -> ${r.to}`),
      expectedForceFacts
        .find((e) => e.sourceFile === majorCrime)!
        .mostSimilar.map((id) => `metropolitan-police -> ${id}`),
    );
    for (const link of links) {
      assert.equal(link.properties.reportId, report.id);
      assert.equal(link.properties.lineStart, 223);
      assert.ok(dataset.nodes.some((n) => n.label === 'Force' && n.id === link.to));
    }
  });
});
