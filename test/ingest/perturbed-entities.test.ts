import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { getVocabulary, parseSeed } from './harness.js';

/**
 * Precision on a report no rule was written for: the 2007 Met report (one of the two the
 * extraction labels cover) with the force and its boroughs renamed must give the same
 * organisations and participations, under the new names. A rule tuned to the Met's own words
 * would lose or gain entities here.
 */

/** The force and borough names of the copy, as printed (longest first) and as id slugs. */
const renames: readonly (readonly [string, string])[] = [
  ['Metropolitan Police Service', 'Greater Manchester Police'],
  ['Metropolitan Police Authority', 'Greater Manchester Police Authority'],
  ['Metropolitan Police', 'Greater Manchester Police'],
  ['MPS', 'GMP'],
  ['MPA', 'GMPA'],
  ['Hammersmith', 'Trafford'],
  ['Tower Hamlets', 'Stockport'],
  ['Barnet', 'Bolton'],
  ['Croydon', 'Salford'],
  ['Enfield', 'Oldham'],
  ['Hackney', 'Wigan'],
  ['Havering', 'Bury'],
  ['Newham', 'Rochdale'],
];

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function renameText(text: string): string {
  return renames.reduce((t, [from, to]) => t.replace(new RegExp(`\\b${from}\\b`, 'g'), to), text);
}

/** An id of the original with the renamed names' slugs swapped in. */
function renameId(id: string): string {
  return renames.reduce(
    (out, [from, to]) => out.replace(new RegExp(`\\b${slug(from)}\\b`, 'g'), slug(to)),
    id,
  );
}

/** Organisations (partner agencies and bodies) and participations, as comparable lines. */
function describeEntities(dataset: GraphDataset, mapId: (id: string) => string = (id) => id) {
  const organisations = dataset.nodes
    .filter((n) => n.label === 'PartnerAgency' || n.label === 'Body')
    .map((n) => `${mapId(n.id)} ${String(n.properties.role ?? 'PARTNER_AGENCY')}`);
  const participations = dataset.relationships
    .filter((r) => r.type === 'PARTICIPATES_IN')
    .map(
      (r) =>
        `${mapId(r.from)} ${mapId(r.to)} ${String(r.properties.role)} ${String(r.properties.scope)}`,
    );
  return { organisations: organisations.sort(), participations: participations.sort() };
}

describe('entities of a renamed copy of a labelled report', () => {
  it('gives the same organisations and participations when the force and its boroughs are renamed', async () => {
    const vocabulary = await getVocabulary();
    const file = '2007-10-metropolitan-police.txt';
    const original = buildDataset([await parseSeed(file)], vocabulary);
    const copy = await parseSeed(file, renameText);
    assert.equal(copy.metadata.forceId, 'greater-manchester-police', 'the copy is another force’s');
    const renamed = buildDataset([copy], vocabulary);
    const expected = describeEntities(original, renameId);
    const found = describeEntities(renamed);
    assert.ok(expected.participations.length >= 20, 'the original states participations');
    assert.ok(
      expected.organisations.includes('body/greater-manchester-police-authority OVERSIGHT_BODY'),
    );
    assert.deepEqual(found.participations, expected.participations);
    assert.deepEqual(found.organisations, expected.organisations);
  });
});
