import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { countFindings } from '../fixtures/findings.expected.js';
import { getVocabulary, moveSection, parseSeed, rewrap } from './harness.js';

/**
 * Findings and recommendations are read from structure and wording, never from a seed file's
 * line numbers: a re-wrapped, reordered or renamed copy gives the same items.
 */

const seeds = [
  '2007-10-metropolitan-police.txt',
  '2007-10-thames-valley-police.txt',
  '2007-10-west-midlands-police.txt',
  '2008-07-metropolitan-police-major-crime.txt',
  '2017-03-metropolitan-police-peel-effectiveness-2016.txt',
];

/** What must survive any edit: each finding's theme, kind, ordinal and text. */
function describeFindings(report: ParsedReport): string[] {
  return report.findings.map((f) => `${f.themeId} ${f.kind} ${f.ordinal} ${f.text}`).sort();
}

/** Each recommendation's number, theme, text and the finding it addresses. */
function describeRecommendations(report: ParsedReport): string[] {
  return report.recommendations
    .map((r) => {
      const ref = r.addresses;
      const target = ref ? `${ref.themeId} ${ref.kind} ${ref.ordinal}` : 'nothing';
      return `${r.number} ${r.themeId} ${r.text} -> ${target}`;
    })
    .sort();
}

describe('findings and recommendations of modified copies', () => {
  for (const width of [80, 60])
    for (const file of seeds)
      it(`reads the same findings and recommendations from ${file} re-wrapped at ${width} columns`, async () => {
        const original = await parseSeed(file);
        const rewrapped = await parseSeed(file, (t) => rewrap(t, width));
        assert.deepEqual(countFindings(rewrapped), countFindings(original));
        assert.deepEqual(describeFindings(rewrapped), describeFindings(original));
        assert.deepEqual(describeRecommendations(rewrapped), describeRecommendations(original));
      });

  it('gives the same counts when theme sections swap places', async () => {
    const original = await parseSeed('2007-10-west-midlands-police.txt');
    const moved = await parseSeed('2007-10-west-midlands-police.txt', (t) =>
      moveSection(
        t,
        'Protecting Vulnerable People – Missing Persons',
        'Appendix: Glossary of Terms and Abbreviations',
        'Protecting Vulnerable People – Child Abuse',
      ),
    );
    assert.deepEqual(countFindings(moved), countFindings(original));
    assert.deepEqual(describeFindings(moved), describeFindings(original));
  });

  it('keeps each recommendation with its theme and finding when a theme section moves', async () => {
    const file = '2007-10-metropolitan-police.txt';
    const original = await parseSeed(file);
    const moved = await parseSeed(file, (t) =>
      moveSection(
        t,
        'Protecting Vulnerable People – Domestic Violence',
        'Protecting Vulnerable People – Public Protection',
        'Performance Management',
      ),
    );
    assert.deepEqual(countFindings(moved), countFindings(original));
    assert.deepEqual(describeRecommendations(moved), describeRecommendations(original));
    // Reading order changed: recommendation 13 now comes right after the four on neighbourhood policing.
    assert.equal(moved.recommendations.find((r) => r.number === 13)?.ordinal, 5);
  });

  it('reads the same items for a renamed force and says they are about it', async () => {
    const file = '2007-10-thames-valley-police.txt';
    const original = await parseSeed(file);
    const renamed = await parseSeed(file, (t) => t.replaceAll('Thames Valley', 'Kent'));
    assert.deepEqual(countFindings(renamed), countFindings(original));
    assert.equal(renamed.recommendations.length, original.recommendations.length);
    const dataset = buildDataset([renamed], await getVocabulary());
    const about = dataset.relationships.filter((r) => r.type === 'ABOUT');
    // Findings and figures are ABOUT the force; every one of them about the renamed force.
    assert.equal(about.filter((r) => r.fromLabel === 'Finding').length, renamed.findings.length);
    assert.ok(about.every((r) => r.to === 'kent-police'));
    assert.ok(
      dataset.relationships
        .filter((r) => r.type === 'TO_FORCE')
        .every((r) => r.to === 'kent-police'),
    );
  });
});
