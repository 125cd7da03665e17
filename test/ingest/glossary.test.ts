import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { expectedGlossaries, sharedTermId } from '../fixtures/glossary.expected.js';
import { expectedReports, getVocabulary, parseSeed, readSeedLines, rewrap } from './harness.js';

describe('glossary (hand-checked fixtures)', () => {
  for (const expected of expectedGlossaries) {
    describe(expected.sourceFile, () => {
      it('reads every term, and no letter heading or rule', async () => {
        const { glossaryTerms } = await parseSeed(expected.sourceFile);
        assert.equal(glossaryTerms.length, expected.count);
        assert.equal(glossaryTerms[0]?.acronym, expected.first);
        assert.equal(glossaryTerms[glossaryTerms.length - 1]?.acronym, expected.last);
        assert.ok(glossaryTerms.every((t) => !/^[A-Z]$|^-+$/.test(t.acronym)));
      });

      it('splits tab- and space-separated lines into acronym and expansion', async () => {
        const { glossaryTerms } = await parseSeed(expected.sourceFile);
        for (const want of expected.samples) {
          const term = glossaryTerms.find((t) => t.acronym === want.acronym);
          assert.ok(term, `no term ${want.acronym}`);
          assert.deepEqual(
            { acronym: term.acronym, expansion: term.expansion, line: term.provenance.lineStart },
            want,
          );
        }
      });

      it('quotes each term line as printed, under the glossary heading', async () => {
        const report = await parseSeed(expected.sourceFile);
        for (const { provenance } of report.glossaryTerms) {
          assert.equal(provenance.lineStart, provenance.lineEnd);
          assert.equal(
            provenance.quote,
            readSeedLines(report.metadata.sourceFile)[provenance.lineStart - 1]!.text.trim(),
          );
          assert.match(provenance.section, /Glossary of Terms and Abbreviations$/);
        }
      });

      it('exposes the glossary as acronym → expansions, acronyms sorted', async () => {
        const report = await parseSeed(expected.sourceFile);
        const keys = [...report.glossary.keys()];
        assert.deepEqual(keys, [...keys].sort());
        assert.equal(keys.length, new Set(report.glossaryTerms.map((t) => t.acronym)).size);
        for (const want of expected.samples)
          assert.ok(report.glossary.get(want.acronym)?.includes(want.expansion), want.acronym);
      });
    });
  }

  it('joins an expansion wrapped onto the next line', async () => {
    for (const sourceFile of [
      '2008-07-metropolitan-police-major-crime.txt',
      '2007-10-west-midlands-police.txt',
    ]) {
      const read = async (width?: number) =>
        (await parseSeed(sourceFile, (t) => (width ? rewrap(t, width) : t))).glossaryTerms.map(
          (t) => `${t.acronym} = ${t.expansion}`,
        );
      assert.deepEqual(await read(50), await read(), sourceFile);
    }
  });
});

describe('glossary in the dataset', () => {
  it('shares one Term node per acronym and expansion, defined by each report with evidence', async () => {
    const reports = await Promise.all(expectedReports.map((e) => parseSeed(e.sourceFile)));
    const dataset = buildDataset(reports, await getVocabulary());
    const term = dataset.nodes.find((n) => n.label === 'Term' && n.id === sharedTermId);
    assert.deepEqual(term?.properties, {
      acronym: 'ACPO',
      expansion: 'Association of Chief Police Officers',
    });
    const defines = dataset.relationships.filter(
      (r) => r.type === 'DEFINES' && r.to === sharedTermId,
    );
    assert.deepEqual(
      defines.map((r) => r.from),
      reports
        .filter((r) => r.glossaryTerms.length > 0)
        .map((r) => r.id)
        .sort(),
    );
    for (const link of defines) {
      assert.equal(link.properties.reportId, link.from);
      assert.match(String(link.properties.quote), /^ACPO\s+Association of Chief Police Officers$/);
    }
    const total = reports.reduce((n, r) => n + r.glossaryTerms.length, 0);
    assert.equal(dataset.relationships.filter((r) => r.type === 'DEFINES').length, total);
  });

  it('keeps the same Term node properties whatever the order of the reports', async () => {
    const reports = await Promise.all(expectedReports.map((e) => parseSeed(e.sourceFile)));
    const vocabulary = await getVocabulary();
    const terms = (order: typeof reports) =>
      JSON.stringify(buildDataset(order, vocabulary).nodes.filter((n) => n.label === 'Term'));
    assert.equal(terms([...reports].reverse()), terms(reports));
  });
});
