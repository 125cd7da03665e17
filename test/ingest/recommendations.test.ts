import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { nodeLabels, relationshipTypes } from '../../src/domain/model.js';
import type { ExpectedRecommendations } from '../fixtures/recommendations.expected.js';
import { hmic2007Recommendations } from '../fixtures/recommendations-hmic-2007.expected.js';
import { majorCrime2008Recommendations } from '../fixtures/recommendations-major-crime-2008.expected.js';
import { peel2016Recommendations } from '../fixtures/recommendations-peel-2016.expected.js';
import { getVocabulary, parseSeed } from './harness.js';

const expectedRecommendations: readonly ExpectedRecommendations[] = [
  ...hmic2007Recommendations,
  ...majorCrime2008Recommendations,
  ...peel2016Recommendations,
];

const met2007 = '2007-10-metropolitan-police.txt';
const thamesValley = '2007-10-thames-valley-police.txt';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';

describe('recommendations of the seed reports', () => {
  for (const expected of expectedRecommendations)
    it(`reads every recommendation of ${expected.sourceFile} once, with theme and the finding it follows`, async () => {
      const report = await parseSeed(expected.sourceFile);
      assert.deepEqual(
        report.recommendations.map((r) => ({
          number: r.number,
          themeId: r.themeId,
          lineStart: r.provenance.lineStart,
          firstWords: r.text.slice(0, expected.recommendations[r.ordinal - 1]?.firstWords.length),
          addresses: r.addresses && { kind: r.addresses.kind, ordinal: r.addresses.ordinal },
        })),
        expected.recommendations,
      );
      assert.deepEqual(
        report.recommendations.map((r) => r.ordinal),
        expected.recommendations.map((_, i) => i + 1),
      );
    });

  it('addresses a finding that exists, in the same theme, printed just before it', async () => {
    for (const file of [met2007, thamesValley, peel]) {
      const report = await parseSeed(file);
      for (const r of report.recommendations) {
        const ref = r.addresses;
        assert.ok(ref, `${file}: recommendation ${r.ordinal} addresses nothing`);
        const finding = report.findings.find(
          (f) => f.themeId === ref.themeId && f.kind === ref.kind && f.ordinal === ref.ordinal,
        );
        assert.ok(finding);
        assert.equal(ref.themeId, r.themeId);
        assert.ok(finding.provenance.lineEnd < r.provenance.lineStart);
        assert.equal(ref.evidence.lineStart, finding.provenance.lineStart);
        assert.equal(ref.evidence.lineEnd, r.provenance.lineEnd);
      }
    }
  });

  it('keeps the wording printed in the theme section, not the end list’s', async () => {
    const report = await parseSeed(thamesValley);
    const third = report.recommendations.find((r) => r.number === 3);
    assert.equal(
      third?.text,
      'That the force introduces an accountability structure, detailing responsibilities and lines of accountability from basic command units through to the ACPO portfolio holder and links to the headquarters strategic lead.',
    );
    assert.equal(
      third?.provenance.section,
      'Findings > Protecting Vulnerable People – Overview > Areas for improvement',
    );
  });

  it('joins a recommendation cut by a page footer in the end list when no theme section prints it', async () => {
    const report = await parseSeed(met2007, (t) =>
      t.replace(/\nRECOMMENDATION 8\n\n[^\n]*\n/, '\n'),
    );
    const eighth = report.recommendations.find((r) => r.number === 8);
    assert.ok(eighth);
    assert.equal(eighth.themeId, 'protecting-vulnerable-people');
    assert.equal(eighth.addresses, null);
    assert.equal(eighth.provenance.section, 'Recommendations > Protecting vulnerable people');
    assert.deepEqual(
      [eighth.provenance.lineStart, eighth.provenance.lineEnd, eighth.ordinal],
      [1323, 1329, 16],
    );
    assert.match(
      eighth.text,
      /commensurate with demand\/workloads; and setting minimum supervision/,
    );
    assert.equal(report.recommendations.length, 16);
    assert.deepEqual(
      report.recommendations.map((r) => r.ordinal),
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
  });

  it('does not duplicate an end list that drops the numbers and rewords a little', async () => {
    for (const [file, count] of [
      [met2007, 16],
      [thamesValley, 11],
    ] as const) {
      const report = await parseSeed(file, (t) => t.replace(/\nRecommendation \d+\n/g, '\n'));
      assert.deepEqual(
        report.recommendations.map((r) => r.number),
        Array.from({ length: count }, (_, i) => i + 1),
      );
      assert.deepEqual(report.warnings, []);
    }
  });

  it('stores an unnumbered PEEL bullet with the sentence that introduces it', async () => {
    const report = await parseSeed(peel);
    const dash = report.recommendations[3]!;
    assert.equal(
      dash.text,
      'The force should immediately take steps to improve its services to vulnerable people by: improving the completion rate, quality and supervision of DASH forms.',
    );
    assert.equal(
      dash.provenance.quote,
      'improving the completion rate, quality and supervision of DASH forms;',
    );
    assert.equal(
      dash.addresses?.evidence.quote,
      'The force should immediately take steps to improve its services to vulnerable people by:',
    );
  });
});

describe('findings and recommendations in the dataset', () => {
  it('adds Finding and Recommendation nodes with every model property, linked to report, theme and force', async () => {
    const vocabulary = await getVocabulary();
    const report = await parseSeed(met2007);
    const dataset = buildDataset([report], vocabulary);
    const findings = dataset.nodes.filter((n) => n.label === 'Finding');
    const recommendations = dataset.nodes.filter((n) => n.label === 'Recommendation');
    assert.equal(findings.length, report.findings.length);
    assert.equal(recommendations.length, 16);
    for (const node of [...findings, ...recommendations])
      assert.deepEqual(Object.keys(node.properties), Object.keys(nodeLabels[node.label]));
    const first = findings.find(
      (n) => n.id === `${report.id}/finding/neighbourhood-policing/area-for-improvement/1`,
    );
    assert.deepEqual(
      [
        first?.properties.kind,
        first?.properties.ordinal,
        first?.properties.lineStart,
        first?.properties.reportId,
      ],
      ['AREA_FOR_IMPROVEMENT', 1, 376, report.id],
    );
    const byType = (type: string) => dataset.relationships.filter((r) => r.type === type);
    assert.equal(byType('HAS_FINDING').length, findings.length);
    assert.equal(byType('ABOUT').filter((r) => r.fromLabel === 'Finding').length, findings.length);
    assert.ok(byType('ABOUT').every((r) => r.to === 'metropolitan-police'));
    assert.equal(byType('RECOMMENDS').length, 16);
    assert.equal(byType('TO_FORCE').length, 16);
    const addresses = byType('ADDRESSES');
    assert.equal(addresses.length, 16);
    const firstLink = addresses.find((r) => r.from === `${report.id}/recommendation/1`);
    assert.equal(firstLink?.to, first?.id);
    assert.deepEqual(
      Object.keys(firstLink!.properties),
      Object.keys(relationshipTypes.ADDRESSES.properties),
    );
    assert.deepEqual(
      [firstLink?.properties.lineStart, firstLink?.properties.lineEnd, firstLink?.properties.quote],
      [376, 380, 'RECOMMENDATION 1'],
    );
    const ids = new Set(dataset.nodes.map((n) => `${n.label} ${n.id}`));
    for (const r of dataset.relationships) {
      assert.ok(ids.has(`${r.fromLabel} ${r.from}`), `${r.type} from ${r.from}`);
      assert.ok(ids.has(`${r.toLabel} ${r.to}`), `${r.type} to ${r.to}`);
    }
  });

  it('adds the ungraded sub-themes that findings sit on', async () => {
    const vocabulary = await getVocabulary();
    const report = await parseSeed('2008-07-metropolitan-police-major-crime.txt');
    const dataset = buildDataset([report], vocabulary);
    const themes = dataset.nodes.filter((n) => n.label === 'Theme').map((n) => n.id);
    assert.ok(themes.includes('major-crime/intelligence'));
    assert.ok(
      dataset.relationships.some(
        (r) =>
          r.type === 'SUBTHEME_OF' &&
          r.from === 'major-crime/intelligence' &&
          r.to === 'major-crime',
      ),
    );
  });

  it('gives unnumbered recommendations ids by theme and position', async () => {
    const vocabulary = await getVocabulary();
    const report = await parseSeed(peel);
    const ids = buildDataset([report], vocabulary)
      .nodes.filter((n) => n.label === 'Recommendation')
      .map((n) => n.id);
    assert.equal(ids.length, 8);
    assert.ok(
      ids.includes(
        `${report.id}/recommendation/peel-effectiveness-protecting-vulnerable-people-and-supporting-victims/8`,
      ),
    );
  });
});
