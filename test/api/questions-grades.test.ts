import { toGradeCode } from '../../src/domain/grade-scales.js';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hmic2007Reports } from '../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../fixtures/peel-2016.expected.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

const expectedReports = [...hmic2007Reports, ...majorCrime2008Reports, ...peel2016Reports];

interface JudgementResult {
  grade: string;
  stated?: string;
  rank: number;
  force: { id: string; name: string };
  theme: { id: string };
  report: { id: string; publishedOn: string };
  nationalDistribution: { grade: string; forces: number }[];
}

const gradeComparisonQuery = `query($themeId: ID!) {
  gradeComparison(themeId: $themeId) {
    grade rank force { id name } theme { id } report { id publishedOn }
    nationalDistribution { grade forces }
  }
}`;

describe('relational questions over HTTP: grade comparison and force timelines', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function compareGrades(themeId: string) {
    const { status, body } = await api.graphql(gradeComparisonQuery, { themeId });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    return body.data!.gradeComparison as JudgementResult[];
  }

  it('gives the three 2007 forces Fair on domestic violence beside the printed national 1/13/27/2', async () => {
    const judgements = await compareGrades('protecting-vulnerable-people/domestic-violence');
    assert.deepEqual(
      judgements.map((j) => [j.force.name, j.grade]),
      [
        ['Metropolitan Police Service', 'FAIR'],
        ['Thames Valley Police', 'FAIR'],
        ['West Midlands Police', 'FAIR'],
      ],
    );
    for (const judgement of judgements)
      assert.deepEqual(judgement.nationalDistribution, [
        { grade: 'EXCELLENT', forces: 1 },
        { grade: 'GOOD', forces: 13 },
        { grade: 'FAIR', forces: 27 },
        { grade: 'POOR', forces: 2 },
      ]);
  });

  it('lists every grade the reports give on a theme, best grade first', async () => {
    const themeId = 'protecting-vulnerable-people/child-abuse';
    const judgements = await compareGrades(themeId);
    const expected = expectedReports.flatMap((report) =>
      report.judgements
        .filter((j) => j.themeId === themeId)
        .map((j) => ({
          forceId: report.metadata.forceId,
          grade: toGradeCode(j.grade),
          rank: j.rank,
        })),
    );
    assert.deepEqual(
      judgements.map((j) => `${j.force.id}=${j.grade}`).sort(),
      expected.map((j) => `${j.forceId}=${j.grade}`).sort(),
    );
    // The Met was graded Good, the other two Fair.
    assert.equal(judgements[0]!.force.id, 'metropolitan-police');
    const ranks = judgements.map((j) => j.rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
  });

  it('answers an unknown theme with NOT_FOUND', async () => {
    const { body } = await api.graphql(gradeComparisonQuery, { themeId: 'no-such-theme' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(body.data, null);
  });

  it("lays out the Met's grades oldest report first: 2007-10, then 2008-07, then 2017-03", async () => {
    const { body } = await api.graphql(`{
      force(id: "metropolitan-police") {
        timeline { stated grade theme { id } report { id publishedOn } }
      }
    }`);
    assert.equal(body.errors, undefined);
    const timeline = (body.data!.force as { timeline: JudgementResult[] }).timeline;
    const months = timeline.map((j) => j.report.publishedOn);
    assert.deepEqual([...new Set(months)], ['2007-10', '2008-07', '2017-03']);
    assert.deepEqual(months, [...months].sort(), 'never goes back in time');
    // Within a report, in the order the report prints the grades.
    const expected = expectedReports
      .filter((report) => report.metadata.forceId === 'metropolitan-police')
      .sort((a, b) => a.metadata.publishedOn.localeCompare(b.metadata.publishedOn))
      .flatMap((report) =>
        [...report.judgements]
          .sort((a, b) => a.lineStart - b.lineStart)
          .map((j) => `${report.id} ${j.themeId} ${toGradeCode(j.grade)}`),
      );
    assert.deepEqual(
      timeline
        .filter((j) => j.stated === 'THIS_REPORT')
        .map((j) => `${j.report.id} ${j.theme.id} ${j.grade}`),
      expected,
    );
  });

  it('reads every timeline of every force in a constant number of store queries', async () => {
    const { body } = await api.graphql(
      `{ forces { id timeline { stated grade theme { id } } } }`,
      undefined,
      { 'x-query-stats': '1' },
    );
    assert.equal(body.errors, undefined);
    const forces = body.data!.forces as { id: string; timeline: { stated: string }[] }[];
    for (const force of forces) {
      const expected = expectedReports
        .filter((report) => report.metadata.forceId === force.id)
        .reduce((sum, report) => sum + report.judgements.length, 0);
      const own = force.timeline.filter((j) => j.stated === 'THIS_REPORT');
      assert.equal(own.length, expected, `judgements of ${force.id}`);
    }
    // forces, timelines, themes of the judgements: one query each.
    const stats = body.extensions?.queryStats as { dbQueries: number };
    assert.equal(stats.dbQueries, 3);
  });
});
