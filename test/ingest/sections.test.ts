import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Section } from '../../src/ingest/report.types.js';
import { listSections } from '../../src/ingest/layout/sections.js';
import { parseSeed } from './harness.js';

function findByPath(root: Section, path: string): Section {
  const section = listSections(root).find((s) => s.path === path);
  assert.ok(section, `no section '${path}'`);
  return section;
}

describe('section tree', () => {
  it('nests parts, theme sections and their recurring blocks with line spans', async () => {
    const report = await parseSeed('2007-10-metropolitan-police.txt');
    const dv = findByPath(
      report.sections,
      'Findings > Protecting Vulnerable People – Domestic Violence',
    );
    assert.equal(dv.kind, 'theme');
    assert.equal(dv.themeId, 'protecting-vulnerable-people/domestic-violence');
    assert.equal(dv.key, 'protecting-vulnerable-people-domestic-violence');
    assert.equal(dv.lineStart, 949);
    assert.equal(dv.lineEnd, 1029);
    assert.deepEqual(
      dv.children.map((c) => c.heading),
      [
        'National grade distribution',
        'National contextual factors',
        'Contextual factors',
        'Strengths',
        'Work in progress',
        'Areas for improvement',
      ],
    );
    const strengths = dv.children[3]!;
    assert.equal(
      strengths.path,
      'Findings > Protecting Vulnerable People – Domestic Violence > Strengths',
    );
    assert.deepEqual([strengths.lineStart, strengths.lineEnd], [978, 996]);
  });

  it('lists the top-level parts once, after the front matter and contents', async () => {
    const report = await parseSeed('2007-10-thames-valley-police.txt');
    assert.deepEqual(
      report.sections.children.map((c) => [c.kind, c.heading]),
      [
        ['front-matter', 'Front matter'],
        ['contents', 'Contents'],
        ['part', 'Introduction to HMIC Inspections'],
        ['part', 'Force Overview and Context'],
        ['part', 'Findings'],
        ['part', 'Recommendations'],
        ['part', 'Appendix: Glossary of Terms and Abbreviations'],
      ],
    );
  });

  it('never takes contents entries or glossary lines for headings', async () => {
    const report = await parseSeed('2007-10-west-midlands-police.txt');
    const contents = report.sections.children.find((c) => c.kind === 'contents')!;
    assert.deepEqual([contents.lineStart, contents.lineEnd, contents.children.length], [23, 60, 0]);
    const glossary = report.sections.children.find((c) => /glossary/.test(c.key))!;
    assert.equal(glossary.children.length, 0);
  });

  it('maps recommendation group headings to the same themes as the findings', async () => {
    const report = await parseSeed('2007-10-metropolitan-police.txt');
    const recommendations = report.sections.children.find((c) => c.key === 'recommendations')!;
    assert.deepEqual(
      recommendations.children.map((c) => c.themeId),
      [
        'neighbourhood-policing',
        'performance-management',
        'protecting-vulnerable-people',
        'protecting-vulnerable-people/child-abuse',
        'protecting-vulnerable-people/domestic-violence',
        'protecting-vulnerable-people/public-protection',
        'protecting-vulnerable-people/missing-persons',
      ],
    );
  });

  it('nests the major crime areas under the graded theme and MC summaries under them', async () => {
    const report = await parseSeed('2008-07-metropolitan-police-major-crime.txt');
    const intelligence = findByPath(report.sections, 'Major Crime > Intelligence');
    assert.equal(intelligence.themeId, 'major-crime/intelligence');
    assert.equal(intelligence.children[0]!.heading, 'MC01 Summary');
    assert.deepEqual(
      intelligence.children[0]!.children.map((c) => c.heading),
      ['Evidence', 'Work in progress', 'Area(s) for improvement'],
    );
    const intro = report.sections.children.find(
      (c) => c.key === 'introduction-to-hmic-inspections',
    )!;
    assert.equal(
      intro.children.some((c) => c.kind === 'theme'),
      false,
      'the introduction describes themes but does not report on them',
    );
  });

  it('gives each PEEL core question its sub-questions and summary of findings', async () => {
    const report = await parseSeed('2017-03-metropolitan-police-peel-effectiveness-2016.txt');
    const q4 = report.sections.children.find(
      (c) => c.themeId === 'peel-effectiveness/tackling-serious-and-organised-crime',
    )!;
    assert.deepEqual(
      q4.children.map((c) => c.heading),
      [
        'How effectively does the force understand the threat and risk posed by serious and organised crime?',
        'How effectively does the force respond to serious and organised crime?',
        'How effectively does the force prevent serious and organised crime?',
        'Summary of findings',
      ],
    );
    assert.equal(q4.children[3]!.children[0]!.heading, 'Areas for improvement');
  });

  it('recognises headings in any case', async () => {
    const report = await parseSeed('2007-10-metropolitan-police.txt', (text) =>
      text
        .replace(
          '\nProtecting Vulnerable People – Child Abuse\n\nGRADE',
          '\nPROTECTING VULNERABLE PEOPLE – CHILD ABUSE\n\nGRADE',
        )
        .replace('\nPerformance Management\n\nGRADE', '\nperformance management\n\nGRADE')
        .replaceAll('\nStrengths\n', '\nSTRENGTHS\n')
        .replaceAll('\nFindings\n', '\nFINDINGS\n'),
    );
    const ca = findByPath(report.sections, 'FINDINGS > PROTECTING VULNERABLE PEOPLE – CHILD ABUSE');
    assert.equal(ca.themeId, 'protecting-vulnerable-people/child-abuse');
    assert.equal(ca.children.find((c) => c.key === 'strengths')?.heading, 'STRENGTHS');
    assert.equal(
      findByPath(report.sections, 'FINDINGS > performance management').themeId,
      'performance-management',
    );
  });
});
