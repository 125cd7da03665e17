import { toGradeCode } from '../../src/domain/grade-scales.js';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hmic2007Reports } from '../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../fixtures/peel-2016.expected.js';
import { startTestApi, type TestApi } from '../support/api-server.js';
import { waitForReady } from '../support/serve-process.js';

const expectedReports = [...hmic2007Reports, ...majorCrime2008Reports, ...peel2016Reports];

interface ReportResult {
  id: string;
  title: string;
  publishedOn: string;
  framework: string;
  force: { id: string; name: string };
  judgements: {
    grade: string;
    level: { label: string };
    rank: number;
    theme: { id: string; name: string };
    force: { id: string };
    report: { id: string };
    nationalDistribution: { grade: string; forces: number }[];
    evidence: { reportId: string; lineStart: number; lineEnd: number; quote: string };
  }[];
}

describe('GraphQL over HTTP on the embedded engine, seeded from seed/reports', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  it('lists all five reports with every judgement they print', async () => {
    const { status, body } = await api.graphql(`{
      reports {
        id title publishedOn framework force { id name }
        judgements {
          grade level { label } rank theme { id name } force { id } report { id }
          nationalDistribution { grade forces }
          evidence { reportId lineStart lineEnd quote }
        }
      }
    }`);
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    const reports = body.data!.reports as ReportResult[];
    assert.deepEqual(reports.map((r) => r.id).sort(), expectedReports.map((r) => r.id).sort());
    for (const expected of expectedReports) {
      const report = reports.find((r) => r.id === expected.id)!;
      assert.equal(report.title, expected.metadata.title);
      assert.equal(report.publishedOn, expected.metadata.publishedOn);
      assert.equal(report.framework, expected.metadata.framework.replace(/_\d{4}$/, ''));
      assert.equal(report.force.id, expected.metadata.forceId);
      const got = report.judgements.map((j) => `${j.theme.id}=${j.grade}`).sort();
      const want = expected.judgements.map((j) => `${j.themeId}=${toGradeCode(j.grade)}`).sort();
      assert.deepEqual(got, want, `judgements of ${expected.id}`);
      for (const judgement of report.judgements) {
        assert.equal(judgement.force.id, expected.metadata.forceId);
        assert.equal(judgement.report.id, expected.id);
        assert.equal(judgement.evidence.reportId, expected.id);
        const line = expected.judgements.find((j) => j.themeId === judgement.theme.id)!;
        assert.equal(judgement.evidence.lineStart, line.lineStart, `${judgement.theme.id} line`);
        assert.ok(
          judgement.evidence.quote.toLowerCase().includes(judgement.level.label.toLowerCase()),
        );
      }
      for (const distribution of expected.distributions) {
        const judgement = report.judgements.find((j) => j.theme.id === distribution.themeId)!;
        assert.deepEqual(
          judgement.nationalDistribution,
          distribution.grades.map((grade, i) => ({
            grade: toGradeCode(grade),
            forces: distribution.counts[i],
          })),
        );
      }
    }
  });

  it('finds a force by id with its reports and judgements, newest first', async () => {
    const { body } = await api.graphql(
      `query($id: ID!) { force(id: $id) { id name aliases reports { id publishedOn } judgements { nodes { grade report { publishedOn } } } } }`,
      { id: 'metropolitan-police' },
    );
    const force = body.data!.force as {
      aliases: string[];
      reports: { id: string; publishedOn: string }[];
      judgements: { nodes: { report: { publishedOn: string } }[] };
    };
    assert.deepEqual(
      force.reports.map((r) => r.publishedOn),
      ['2017-03', '2008-07', '2007-10'],
    );
    const dates = force.judgements.nodes.map((j) => j.report.publishedOn);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const metReports = expectedReports.filter((r) => r.metadata.forceId === 'metropolitan-police');
    assert.equal(
      force.judgements.nodes.length,
      metReports.reduce((n, r) => n + r.judgements.length, 0),
    );
    assert.ok(force.aliases.includes('Metropolitan Police Service'));
  });

  it('answers null for an unknown force, report or theme id', async () => {
    const { status, body } = await api.graphql(
      `{ force(id: "atlantis-police") { id } report(id: "nope") { id } theme(id: "nope") { id } }`,
    );
    assert.equal(status, 200);
    assert.deepEqual(body.data, { force: null, report: null, theme: null });
  });

  it('walks the theme hierarchy and lists the grades given on a theme', async () => {
    const { body } = await api.graphql(`{
      theme(id: "protecting-vulnerable-people/domestic-violence") {
        name parent { id children { id } } judgements { nodes { grade force { id } } }
      }
      themes { id }
    }`);
    const theme = body.data!.theme as {
      parent: { id: string; children: { id: string }[] };
      judgements: { nodes: { grade: string; force: { id: string } }[] };
    };
    assert.equal(theme.parent.id, 'protecting-vulnerable-people');
    assert.ok(
      theme.parent.children.some((c) => c.id === 'protecting-vulnerable-people/domestic-violence'),
    );
    const want = hmic2007Reports
      .map((r) => ({
        force: r.metadata.forceId,
        grade: toGradeCode(
          r.judgements.find((j) => j.themeId === 'protecting-vulnerable-people/domestic-violence')!
            .grade,
        ),
      }))
      .sort((a, b) => a.force.localeCompare(b.force));
    const got = theme.judgements.nodes
      .map((j) => ({ force: j.force.id, grade: j.grade }))
      .sort((a, b) => a.force.localeCompare(b.force));
    assert.deepEqual(got, want);
    const themeIds = (body.data!.themes as { id: string }[]).map((t) => t.id);
    for (const report of expectedReports)
      for (const judgement of report.judgements) assert.ok(themeIds.includes(judgement.themeId));
  });

  it('rejects a malformed query with a coded error and no stack trace', async () => {
    const { status, body } = await api.graphql('{ reports { id ');
    assert.equal(status, 400);
    assert.equal(body.errors![0]!.extensions!.code, 'GRAPHQL_PARSE_FAILED');
    assert.doesNotMatch(JSON.stringify(body), /stacktrace|at \w+ \(/);
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await api.graphql('{ reports { colour } }');
    assert.equal(status, 400);
    assert.equal(body.errors![0]!.extensions!.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects a body over the size limit with a coded 413', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ reports { id } } # ${'x'.repeat(200_000)}` }),
    });
    assert.equal(response.status, 413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_REQUEST');
  });

  it('reports liveness and readiness, and echoes a request id', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.ok(health.headers.get('x-request-id'));
    // Ready once the search index exists (test servers build it on the first search or probe).
    await waitForReady(api.url);
    const ready = await fetch(`${base}/readyz`, { headers: { 'x-request-id': 'abc-123' } });
    assert.equal(ready.status, 200);
    assert.equal(ready.headers.get('x-request-id'), 'abc-123');
    assert.deepEqual(await ready.json(), { status: 'ready' });
  });
});
