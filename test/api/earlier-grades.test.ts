import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';

/**
 * Earlier grades over HTTP against the seed graph on the embedded engine: a force's timeline
 * holds the grades its reports give and the grades they state earlier inspections gave, each
 * marked, so "did the grade change from 2015?" is one query. Expected answers are read from
 * the reports (PEEL 2016 l.813: "HMIC judged the Metropolitan Police Service to be good at
 * tackling serious and organised crime in its 2015 effectiveness report").
 */

const peelId = '2017-03-metropolitan-police-peel-effectiveness-2016';
const organisedCrime = 'peel-effectiveness/tackling-serious-and-organised-crime';

interface TimelineEntry {
  id: string;
  stated: string;
  year: number | null;
  framework: string | null;
  assessment: string | null;
  grade: string;
  theme: { id: string };
  report: { id: string };
  evidence: { lines: { start: number; end: number }; quote: string | null };
}

describe('earlier grades over HTTP', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function data<T>(query: string): Promise<T> {
    const { status, body } = await api.graphql(query, {});
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data as T;
  }

  const timelineOf = async (forceId: string) =>
    (
      await data<{ force: { timeline: TimelineEntry[] } }>(
        `{ force(id: "${forceId}") { timeline {
            id stated year framework assessment grade theme { id } report { id }
            evidence { lines { start end } quote } } } }`,
      )
    ).force.timeline;

  it('shows the 2015 grade a 2016 report states beside the 2016 grade, marked', async () => {
    const timeline = await timelineOf('metropolitan-police');
    const onTheme = timeline.filter((j) => j.theme.id === organisedCrime);
    assert.deepEqual(
      onTheme.map((j) => [j.stated, j.year, j.framework, j.grade, j.report.id]),
      [
        ['EARLIER', 2015, 'PEEL_EFFECTIVENESS', 'GOOD', peelId],
        ['THIS_REPORT', 2016, 'PEEL_EFFECTIVENESS', 'REQUIRES_IMPROVEMENT', peelId],
      ],
    );
    const earlier = onTheme[0]!;
    assert.equal(earlier.assessment, '2015 effectiveness report');
    assert.deepEqual(earlier.evidence.lines, { start: 813, end: 813 });
    assert.equal(
      earlier.evidence.quote,
      'HMIC judged the Metropolitan Police Service to be good at tackling serious and organised crime in its 2015 effectiveness report.',
    );
    // In year order, an earlier inspection's grade before the grades of a later report.
    const years = timeline.map((j) => j.year ?? 0);
    assert.deepEqual(
      years,
      [...years].sort((a, b) => a - b),
    );
    assert.equal(timeline.filter((j) => j.stated === 'EARLIER').length, 4);
  });

  it("marks the 2006 baseline grade the 2007 report states, before the report's own", async () => {
    const timeline = await timelineOf('thames-valley-police');
    const baseline = timeline.filter((j) => j.stated === 'EARLIER');
    assert.deepEqual(
      baseline.map((j) => [j.year, j.theme.id, j.grade, j.assessment, j.evidence.lines.start]),
      [[2006, 'protecting-vulnerable-people', 'FAIR', '2006 baseline assessment', 673]],
    );
    assert.equal(timeline[0]!.stated, 'EARLIER');
    assert.ok(timeline.slice(1).every((j) => j.stated === 'THIS_REPORT' && j.year === 2007));
  });

  it("keeps earlier grades out of a report's own judgements and the grade comparison", async () => {
    const slug = 'peel-effectiveness-tackling-serious-and-organised-crime';
    const result = await data<{
      report: { judgements: { stated: string }[] };
      earlier: { __typename: string; stated: string; report: { id: string } } | null;
      gradeComparison: { stated: string; report: { id: string } }[];
    }>(
      `{ report(id: "${peelId}") { judgements { stated } }
         earlier: node(id: "${peelId}/earlier-judgement/2015/${slug}") {
           __typename ... on Judgement { stated report { id } } }
         gradeComparison(themeId: "${organisedCrime}") { stated report { id } } }`,
    );
    assert.ok(result.report.judgements.length > 0);
    assert.ok(result.report.judgements.every((j) => j.stated === 'THIS_REPORT'));
    assert.deepEqual(result.earlier, {
      __typename: 'Judgement',
      stated: 'EARLIER',
      report: { id: peelId },
    });
    assert.deepEqual(result.gradeComparison, [{ stated: 'THIS_REPORT', report: { id: peelId } }]);
  });
  it("lists a theme's earlier grades only when `stated` asks for them", async () => {
    type Listed = { nodes: { stated: string; year: number | null; force: { id: string } }[] };
    const result = await data<{ theme: { own: Listed; earlier: Listed; both: Listed } }>(
      `{ theme(id: "${organisedCrime}") {
          own: judgements { nodes { stated year force { id } } }
          earlier: judgements(filter: { stated: [EARLIER] }) { nodes { stated year force { id } } }
          both: judgements(filter: { stated: null }) { nodes { stated year force { id } } } } }`,
    );
    const { own, earlier, both } = result.theme;
    assert.ok(own.nodes.length > 0);
    assert.ok(own.nodes.every((j) => j.stated === 'THIS_REPORT'));
    assert.deepEqual(
      earlier.nodes.map((j) => [j.stated, j.year, j.force.id]),
      [['EARLIER', 2015, 'metropolitan-police']],
    );
    assert.deepEqual(
      both.nodes.filter((j) => j.stated === 'THIS_REPORT'),
      own.nodes,
      'the same grades of this report, in the same order, whichever list read them',
    );
    assert.equal(both.nodes.length, own.nodes.length + earlier.nodes.length);
  });
});
