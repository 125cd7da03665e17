import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isWeaknessKind } from '../../src/domain/finding-kinds.js';
import { hmic2007Reports } from '../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../fixtures/peel-2016.expected.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

interface EvidenceResult {
  reportId: string;
  lineStart: number;
}

interface SharedWeaknessResult {
  topic: { id: string };
  forces: { id: string }[];
  findings: {
    totalCount: number;
    nodes: {
      id: string;
      kind: string;
      force: { id: string };
      theme: { id: string } | null;
      evidence: EvidenceResult;
    }[];
  };
}

interface ForceSimilarityResult {
  force: { id: string };
  score: number;
  topicJaccard: number;
  gradeAgreement: number | null;
  sharedTopics: { id: string }[];
  sharedThemes: { id: string }[];
}

const met = 'metropolitan-police';
const tvp = 'thames-valley-police';
const wmp = 'west-midlands-police';
const met2007 = '2007-10-metropolitan-police-inspection';
const tvp2007 = '2007-10-thames-valley-police-inspection';
const wmp2007 = '2007-10-west-midlands-police-inspection';

/** The 2007 themes, graded in all three 2007 reports. */
const themes2007 = [
  'neighbourhood-policing',
  'performance-management',
  'protecting-vulnerable-people/child-abuse',
  'protecting-vulnerable-people/domestic-violence',
  'protecting-vulnerable-people/missing-persons',
  'protecting-vulnerable-people/public-protection',
];

const sharedWeaknessesQuery = `query($forceIds: [ID!], $themeIds: [ID!], $minForces: Int) {
  sharedWeaknesses(forceIds: $forceIds, themeIds: $themeIds, minForces: $minForces) {
    topic { id }
    forces { id }
    findings(first: 60) { totalCount nodes { id kind force { id } theme { id } evidence { reportId lineStart } } }
  }
}`;

const similarForcesQuery = `query($forceId: ID!, $first: Int) {
  similarForces(forceId: $forceId, first: $first) {
    force { id } score topicJaccard gradeAgreement sharedTopics { id } sharedThemes { id }
  }
}`;

function hasFindingAt(weakness: SharedWeaknessResult, reportId: string, lineStart: number) {
  return weakness.findings.nodes.some(
    (f) => f.evidence.reportId === reportId && f.evidence.lineStart === lineStart,
  );
}

function assertClose(actual: number | null, expected: number, what: string): void {
  assert.ok(
    actual !== null && Math.abs(actual - expected) < 1e-9,
    `${what}: ${actual} is ${expected}`,
  );
}

describe('relational questions over HTTP: shared weaknesses and similar forces', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function askSharedWeaknesses(variables: Record<string, unknown>) {
    const { status, body } = await api.graphql(sharedWeaknessesQuery, variables);
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    return body.data!.sharedWeaknesses as SharedWeaknessResult[];
  }

  it('finds training shared by all three 2007 forces, with the areas for improvement that say so', async () => {
    const weaknesses = await askSharedWeaknesses({ minForces: 3 });
    const training = weaknesses.find((w) => w.topic.id === 'topic/training');
    assert.ok(training, 'training is a weakness of all three forces');
    assert.deepEqual(
      training.forces.map((f) => f.id),
      [met, tvp, wmp],
    );
    // Read in the reports: untrained SN teams (Met l.413), diversity training not linked to
    // missing persons (TV l.1226), inconsistent DARIM training (WM l.534).
    assert.ok(hasFindingAt(training, met2007, 413));
    assert.ok(hasFindingAt(training, tvp2007, 1226));
    assert.ok(hasFindingAt(training, wmp2007, 534));
    for (const weakness of weaknesses) assert.ok(weakness.forces.length >= 3);
  });

  it('gives only areas for improvement and causes of concern as evidence, each about a listed force', async () => {
    const weaknesses = await askSharedWeaknesses({});
    assert.ok(weaknesses.length > 0);
    for (const weakness of weaknesses) {
      assert.ok(weakness.forces.length >= 2, `${weakness.topic.id} is shared`);
      const forceIds = new Set(weakness.forces.map((f) => f.id));
      assert.deepEqual(new Set(weakness.findings.nodes.map((f) => f.force.id)), forceIds);
      for (const finding of weakness.findings.nodes)
        assert.ok(isWeaknessKind(finding.kind), finding.id);
    }
    const counts = weaknesses.map((w) => w.forces.length);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most widely shared first',
    );
  });

  it('narrows to the forces asked about', async () => {
    const weaknesses = await askSharedWeaknesses({ forceIds: [met, tvp] });
    const it2 = weaknesses.find((w) => w.topic.id === 'topic/it-systems-and-data');
    assert.ok(it2, 'IT systems and data is shared by the Met and Thames Valley');
    assert.deepEqual(
      it2.forces.map((f) => f.id),
      [met, tvp],
    );
    // Data quality in key systems (Met l.650); IT systems not integrated (TV l.975).
    assert.ok(hasFindingAt(it2, met2007, 650));
    assert.ok(hasFindingAt(it2, tvp2007, 975));
    for (const weakness of weaknesses)
      for (const finding of weakness.findings.nodes)
        assert.ok([met, tvp].includes(finding.force.id));
  });

  it('narrows to a theme and its sub-themes', async () => {
    const weaknesses = await askSharedWeaknesses({ themeIds: ['protecting-vulnerable-people'] });
    const training = weaknesses.find((w) => w.topic.id === 'topic/training');
    assert.ok(training);
    assert.ok(hasFindingAt(training, tvp2007, 1226), 'missing persons is under the theme');
    assert.ok(!hasFindingAt(training, met2007, 413), 'neighbourhood policing is not');
    for (const weakness of weaknesses)
      for (const finding of weakness.findings.nodes)
        assert.match(finding.theme!.id, /^protecting-vulnerable-people(\/|$)/);
  });

  it('refuses minForces below 1 with BAD_USER_INPUT', async () => {
    const { status, body } = await api.graphql(sharedWeaknessesQuery, { minForces: 0 });
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('finds the themes two or more forces were graded Fair or worse on, as the reports grade them', async () => {
    const { body } = await api.graphql(`{
      sharedWeakThemes { theme { id } forces { id } judgements { grade rank force { id } } }
    }`);
    assert.equal(body.errors, undefined);
    const weakThemes = body.data!.sharedWeakThemes as {
      theme: { id: string };
      forces: { id: string }[];
      judgements: { grade: string; rank: number; force: { id: string } }[];
    }[];
    const expected = new Map<string, string[]>();
    for (const report of [...hmic2007Reports, ...majorCrime2008Reports, ...peel2016Reports])
      for (const judgement of report.judgements)
        if (judgement.rank >= 3)
          expected.set(judgement.themeId, [
            ...(expected.get(judgement.themeId) ?? []),
            report.metadata.forceId,
          ]);
    const shared = [...expected].filter(([, forces]) => new Set(forces).size >= 2);
    assert.deepEqual(
      weakThemes.map((w) => [w.theme.id, w.forces.map((f) => f.id)]).sort(),
      shared.map(([themeId, forces]) => [themeId, [...new Set(forces)].sort()]).sort(),
    );
    const domesticViolence = weakThemes.find(
      (w) => w.theme.id === 'protecting-vulnerable-people/domestic-violence',
    );
    assert.deepEqual(
      domesticViolence?.judgements.map((j) => j.grade),
      ['FAIR', 'FAIR', 'FAIR'],
    );
  });

  async function askSimilarForces(forceId: string, first?: number) {
    const { status, body } = await api.graphql(similarForcesQuery, { forceId, first });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    return body.data!.similarForces as ForceSimilarityResult[];
  }

  it('ranks the forces most like Thames Valley by weakness topics and the grades the reports print', async () => {
    const similar = await askSimilarForces(tvp);
    assert.deepEqual(
      similar.map((s) => s.force.id),
      [met, wmp],
    );
    // Printed 2007 grades, TV against the Met: NP Fair/Excellent (1/3), PM Good/Good (1),
    // child abuse Fair/Good (2/3), DV, PP and missing persons Fair/Fair (1 each): 5/6.
    assertClose(similar[0]!.gradeAgreement, 5 / 6, 'TV and the Met');
    // TV against West Midlands: NP Fair/Excellent (1/3), PM Good/Excellent (2/3), child
    // abuse, DV and PP Fair/Fair (1 each), missing persons Fair/Good (2/3): 7/9.
    assertClose(similar[1]!.gradeAgreement, 7 / 9, 'TV and West Midlands');
    for (const s of similar) {
      assertClose(s.score, (s.topicJaccard + s.gradeAgreement!) / 2, `score of ${s.force.id}`);
      assert.deepEqual(s.sharedThemes.map((t) => t.id).sort(), themes2007);
    }
    assert.ok(similar[0]!.score >= similar[1]!.score);
    const metTopics = similar[0]!.sharedTopics.map((t) => t.id);
    assert.ok(metTopics.includes('topic/it-systems-and-data'));
    assert.ok(metTopics.includes('topic/training'));
  });

  it('scores a pair of forces the same from either side', async () => {
    const fromMet = (await askSimilarForces(met)).find((s) => s.force.id === tvp)!;
    const fromTvp = (await askSimilarForces(tvp)).find((s) => s.force.id === met)!;
    assertClose(fromMet.score, fromTvp.score, 'symmetric score');
  });

  it('returns at most `first` forces, and none for a force without weaknesses or grades', async () => {
    assert.equal((await askSimilarForces(tvp, 1)).length, 1);
    assert.deepEqual(await askSimilarForces('city-of-london-police'), []);
  });

  it('answers an unknown force with NOT_FOUND and a `first` over 100 with BAD_USER_INPUT', async () => {
    const unknown = await api.graphql(similarForcesQuery, { forceId: 'no-such-force' });
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const tooMany = await api.graphql(similarForcesQuery, { forceId: tvp, first: 101 });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
