import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expectedPractice } from '../fixtures/developing-practice.expected.js';
import type { ExpectedFindings } from '../fixtures/findings.expected.js';
import { hmic2007Findings } from '../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../fixtures/findings-peel-2016.expected.js';
import { expectedGlossaries } from '../fixtures/glossary.expected.js';
import { hmic2007Recommendations } from '../fixtures/recommendations-hmic-2007.expected.js';
import { majorCrime2008Recommendations } from '../fixtures/recommendations-major-crime-2008.expected.js';
import { peel2016Recommendations } from '../fixtures/recommendations-peel-2016.expected.js';
import { ingestReportFiles } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { pageThrough, type ConnectionPage } from '../support/page-through.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

const expectedFindings: readonly ExpectedFindings[] = [
  ...hmic2007Findings,
  ...majorCrime2008Findings,
  ...peel2016Findings,
];
const expectedRecommendations = [
  ...hmic2007Recommendations,
  ...majorCrime2008Recommendations,
  ...peel2016Recommendations,
];

interface FindingResult {
  kind: string;
  text: string;
  theme: { id: string } | null;
  force: { id: string };
  report: { id: string };
  evidence: { reportId: string; lineStart: number; lineEnd: number; quote: string };
}

/** Report ids by source file, from the API itself (the id rule is the ingestion's business). */
async function reportIdsByFile(api: TestApi): Promise<Map<string, string>> {
  const { body } = await api.graphql('{ reports { id sourceFile } }');
  const reports = body.data!.reports as { id: string; sourceFile: string }[];
  return new Map(reports.map((r) => [r.sourceFile, r.id]));
}

describe('report contents over HTTP: findings, recommendations, developing practice, glossary, entities', () => {
  let api: TestApi;
  let reportIds: Map<string, string>;
  before(async () => {
    api = await startTestApi();
    reportIds = await reportIdsByFile(api);
  });
  after(async () => {
    await api.close();
  });

  it('lists every finding of each report with the hand-checked counts per theme and kind', async () => {
    for (const expected of expectedFindings) {
      const findings = await pageThrough<FindingResult>(
        api,
        `query($id: ID!, $after: String) { report(id: $id) {
          findings(first: 100, after: $after) { nodes { kind theme { id } } pageInfo { hasNextPage endCursor } }
        } }`,
        { id: reportIds.get(expected.sourceFile) },
        (data) => (data.report as { findings: ConnectionPage<FindingResult> }).findings,
      );
      const got: Record<string, Record<string, number>> = {};
      for (const f of findings) {
        const theme = (got[f.theme!.id] ??= {});
        theme[f.kind] = (theme[f.kind] ?? 0) + 1;
      }
      for (const [themeId, kinds] of Object.entries(expected.counts))
        for (const [kind, count] of Object.entries(kinds))
          assert.equal(
            got[themeId]?.[kind] ?? 0,
            count,
            `${expected.sourceFile} ${themeId} ${kind}`,
          );
    }
  });

  it('filters a report’s findings by kind and theme, each with its evidence, force and report', async () => {
    const met = expectedFindings.find((f) => f.sourceFile === '2007-10-metropolitan-police.txt')!;
    const dv = 'protecting-vulnerable-people/domestic-violence';
    const reportId = reportIds.get(met.sourceFile)!;
    const { body } = await api.graphql(
      `query($id: ID!, $theme: ID!) { report(id: $id) {
        findings(first: 100, filter: { kinds: [AREA_FOR_IMPROVEMENT], themeIds: [$theme] }) { nodes {
          kind text theme { id } force { id } report { id } evidence { reportId lineStart lineEnd quote }
        } } } }`,
      { id: reportId, theme: dv },
    );
    const findings = (body.data!.report as { findings: { nodes: FindingResult[] } }).findings.nodes;
    assert.equal(findings.length, met.counts[dv]!.AREA_FOR_IMPROVEMENT);
    const source = readFileSync(join(seedReportsDir, met.sourceFile), 'utf8').split('\n');
    for (const f of findings) {
      assert.equal(f.kind, 'AREA_FOR_IMPROVEMENT');
      assert.equal(f.theme!.id, dv);
      assert.equal(f.force.id, 'metropolitan-police');
      assert.equal(f.report.id, reportId);
      assert.equal(f.evidence.reportId, reportId);
      // The quote is exact text from the cited lines of the source file.
      const cited = source.slice(f.evidence.lineStart - 1, f.evidence.lineEnd).join(' ');
      const words = f.evidence.quote.split(/\s+/).slice(0, 6).join(' ').replace(/^- /, '');
      assert.ok(cited.replace(/\s+/g, ' ').includes(words.replace(/\s+/g, ' ')), f.evidence.quote);
    }
  });

  it('lists recommendations with their numbers, first words and the finding each addresses', async () => {
    for (const expected of expectedRecommendations) {
      const { body } = await api.graphql(
        `query($id: ID!) { report(id: $id) { recommendations(first: 100) { nodes { number text theme { id } addresses { kind } force { id } } } } }`,
        { id: reportIds.get(expected.sourceFile) },
      );
      const recommendations = (
        body.data!.report as {
          recommendations: {
            nodes: {
              number: number | null;
              text: string;
              theme: { id: string };
              addresses: { kind: string }[];
            }[];
          };
        }
      ).recommendations.nodes;
      assert.equal(recommendations.length, expected.recommendations.length, expected.sourceFile);
      expected.recommendations.forEach((want, i) => {
        const got = recommendations[i]!;
        assert.equal(got.number, want.number);
        assert.equal(got.theme.id, want.themeId);
        assert.ok(
          got.text.startsWith(want.firstWords),
          `${got.text} starts with ${want.firstWords}`,
        );
        if (want.addresses)
          assert.deepEqual(
            got.addresses.map((f) => f.kind),
            [want.addresses.kind],
          );
      });
    }
  });

  it('lists developing practice with its problem, solution, outcome and theme', async () => {
    for (const expected of expectedPractice) {
      const { body } = await api.graphql(
        `query($id: ID!) { report(id: $id) { developingPractice { name kind problem theme { id } evidence { lineStart } } } }`,
        { id: expected.reportId },
      );
      const items = (
        body.data!.report as {
          developingPractice: {
            name: string;
            kind: string;
            problem: string;
            theme: { id: string };
          }[];
        }
      ).developingPractice;
      assert.deepEqual(
        items.map((i) => i.name),
        expected.items.map((i) => i.title),
      );
      items.forEach((item, i) => {
        assert.equal(item.kind, 'DEVELOPING_PRACTICE');
        assert.equal(item.theme.id, expected.items[i]!.themeId);
        assert.ok(item.problem.startsWith(expected.items[i]!.problemStarts), item.name);
      });
    }
  });

  it('serves each report’s glossary', async () => {
    for (const expected of expectedGlossaries) {
      const { body } = await api.graphql(
        `query($id: ID!) { report(id: $id) { glossary { acronym expansion } } }`,
        {
          id: reportIds.get(expected.sourceFile),
        },
      );
      const glossary = (body.data!.report as { glossary: { acronym: string; expansion: string }[] })
        .glossary;
      assert.equal(glossary.length, expected.count, expected.sourceFile);
    }
  });

  it('places children’s services and adult social services in the MASH, quoting the PEEL report', async () => {
    const { body } = await api.graphql(`{ initiatives(filter: { nameContains: "MASH" }) { nodes {
      name kind participation { partner { name sector } evidence { reportId quote } }
    } } }`);
    const [mash] = (body.data!.initiatives as { nodes: unknown[] }).nodes as {
      kind: string;
      participation: { partner: { name: string }; evidence: { reportId: string; quote: string } }[];
    }[];
    assert.equal(mash!.kind, 'MULTI_AGENCY_ARRANGEMENT');
    const partners = new Set(mash!.participation.map((p) => p.partner.name));
    for (const name of ["Children's services", 'Adult social services'])
      assert.ok(partners.has(name), name);
    // l.712: information "is shared with schools through the MASH structure": they receive it.
    assert.ok(!partners.has('Schools'), 'schools are not a MASH partner');
    for (const p of mash!.participation)
      assert.match(p.evidence.quote, /MASH|multi-agency safeguarding hub/i);
  });

  it('serves partner agencies, units, initiatives and topics with their links, and any entity by id', async () => {
    const { body } = await api.graphql(`{
      partnerAgencies(filter: { sectors: [CRIMINAL_JUSTICE] }) { nodes { id name sector aliases } }
      units(filter: { forceIds: ["metropolitan-police"] }, first: 100) { nodes { id name force { id } } }
      topics { id name }
      node(id: "metropolitan-police") { __typename id }
    }`);
    const data = body.data!;
    const partners = (data.partnerAgencies as { nodes: { name: string; sector: string }[] }).nodes;
    assert.ok(partners.some((p) => p.name === 'Crown Prosecution Service'));
    assert.ok(partners.every((p) => p.sector === 'CRIMINAL_JUSTICE'));
    const units = (data.units as { nodes: { force: { id: string } }[] }).nodes;
    assert.ok(units.length > 0 && units.every((u) => u.force.id === 'metropolitan-police'));
    const topics = (data.topics as { name: string }[]).map((t) => t.name);
    assert.ok(topics.includes('Training'), topics.join(', '));
    assert.deepEqual(data.node, { __typename: 'Force', id: 'metropolitan-police' });
  });

  it('tags findings with topics and the cue that matched, and lists the entities they mention with quotes', async () => {
    const findings = await pageThrough<{
      text: string;
      tags: { cue: string }[];
      mentions: { evidence: { quote: string } }[];
    }>(
      api,
      `query($after: String) { findings(first: 100, after: $after) {
        nodes { text tags { topic { id } cue } mentions { entity { id } evidence { quote } } }
        pageInfo { hasNextPage endCursor }
      } }`,
      {},
      (data) => data.findings as ConnectionPage<never>,
    );
    const tagged = findings.filter((f) => f.tags.length > 0);
    assert.ok(
      tagged.length / findings.length > 0.8,
      `${tagged.length} of ${findings.length} findings tagged`,
    );
    for (const f of tagged)
      for (const tag of f.tags) {
        const stem = tag.cue.replace(/\*/g, '').split(/\s+/)[0]!.toLowerCase();
        assert.ok(
          f.text.toLowerCase().includes(stem),
          `cue "${tag.cue}" in "${f.text.slice(0, 80)}"`,
        );
      }
    assert.ok(findings.some((f) => f.mentions.length > 0));
  });
});

describe('ingesting a modified copy of a report through the public path', () => {
  let api: TestApi;
  const dir = mkdtempSync(join(tmpdir(), 'modified-report-'));
  before(async () => {
    api = await startTestApi();
    // Another force, another grade, and lines re-wrapped at 90 columns.
    const original = readFileSync(join(seedReportsDir, '2007-10-thames-valley-police.txt'), 'utf8');
    const modified = original
      .replaceAll('Thames Valley', 'Kent')
      .replace('GRADE\tFAIR', 'GRADE\tPOOR')
      .split('\n')
      .flatMap((line) => (line.length > 90 ? wrap(line, 90) : [line]))
      .join('\n');
    writeFileSync(join(dir, 'kent.txt'), modified);
    await ingestReportFiles(api.store, api.catalog, [join(dir, 'kent.txt')]);
  });
  after(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the modified facts: the other force, its changed grade and its findings', async () => {
    const { body } = await api.graphql(`{ force(id: "kent-police") {
      name reports { id judgements { grade theme { id } } findings(first: 0) { totalCount } recommendations(first: 0) { totalCount } }
    } }`);
    const force = body.data!.force as {
      name: string;
      reports: {
        id: string;
        judgements: { grade: string; theme: { id: string } }[];
        findings: { totalCount: number };
        recommendations: { totalCount: number };
      }[];
    };
    assert.equal(force.name, 'Kent Police');
    const [report] = force.reports;
    assert.equal(report!.id, '2007-10-kent-police-inspection');
    assert.equal(
      report!.judgements.find((j) => j.theme.id === 'neighbourhood-policing')!.grade,
      'POOR',
    );
    const tvp = expectedFindings.find((f) => f.sourceFile === '2007-10-thames-valley-police.txt')!;
    const total = Object.values(tvp.counts).reduce(
      (n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
      0,
    );
    assert.equal(report!.findings.totalCount, total);
    const tvpRecommendations = expectedRecommendations.find(
      (r) => r.sourceFile === '2007-10-thames-valley-police.txt',
    )!;
    assert.equal(report!.recommendations.totalCount, tvpRecommendations.recommendations.length);
  });
});

/** Splits a long line at spaces into lines of at most `width` characters. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}
