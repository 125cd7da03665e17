import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agreeGrades,
  buildForceProfiles,
  compareForceProfiles,
  rankSimilarForces,
  type GradeRow,
} from '../../../src/api/questions/similar-forces.js';
import type { ThemeNode, TopicNode } from '../../../src/api/nodes.js';

const topic = (id: string): TopicNode => ({ id, name: id.toUpperCase(), description: null });
const theme = (id: string): ThemeNode => ({
  id,
  name: id,
  question: null,
  framework: 'HMIC_INSPECTION',
  parentId: null,
  ordinal: null,
});
const grade = (forceId: string, themeId: string, rank: number, publishedOn = '2007-10') =>
  ({
    forceId,
    theme: theme(themeId),
    rank,
    scale: 'FOUR',
    publishedOn,
  }) satisfies GradeRow;
/** Equal to within rounding: scores are sums of fractions. */
function assertClose(actual: number | null | undefined, expected: number): void {
  assert.ok(
    typeof actual === 'number' && Math.abs(actual - expected) < 1e-9,
    `${actual} is ${expected}`,
  );
}
const fourGrades = (scale: string) => (scale === 'FOUR' ? 4 : undefined);

const topics = (forceId: string, ids: string[]) => ids.map((id) => ({ forceId, topic: topic(id) }));

describe('agreeGrades', () => {
  it('gives 1 for the same grade, 2/3 one grade apart and 0 at opposite ends of four', () => {
    assert.equal(agreeGrades(3, 3, 4), 1);
    assertClose(agreeGrades(2, 3, 4), 2 / 3);
    assert.equal(agreeGrades(1, 4, 4), 0);
    assert.equal(agreeGrades(1, 2, 3), 0.5);
  });

  it('counts only equality on a scale of unknown size', () => {
    assert.equal(agreeGrades(2, 2, undefined), 1);
    assert.equal(agreeGrades(2, 3, undefined), 0);
  });
});

describe('compareForceProfiles', () => {
  const profiles = buildForceProfiles(
    [...topics('a', ['training', 'it', 'vetting']), ...topics('b', ['training', 'it', 'welfare'])],
    [grade('a', 'dv', 3), grade('b', 'dv', 3), grade('a', 'np', 1), grade('b', 'np', 3)],
  );

  it('scores the Jaccard index of weakness topics and the mean grade agreement, halved', () => {
    const similarity = compareForceProfiles(profiles.get('a')!, profiles.get('b')!, fourGrades);
    assert.equal(similarity.topicJaccard, 2 / 4);
    // dv: same grade (1); np: Excellent vs Fair, two apart (1/3).
    assertClose(similarity.gradeAgreement, (1 + 1 / 3) / 2);
    assertClose(similarity.score, (2 / 4 + (1 + 1 / 3) / 2) / 2);
    assert.deepEqual(
      similarity.sharedTopics.map((t) => t.id),
      ['it', 'training'],
    );
    assert.deepEqual(
      similarity.sharedThemes.map((t) => t.id),
      ['dv', 'np'],
    );
  });

  it('scores topics alone when the forces share no graded theme', () => {
    const ungraded = buildForceProfiles(
      [...topics('a', ['training']), ...topics('c', ['training', 'it'])],
      [grade('a', 'dv', 3)],
    );
    const similarity = compareForceProfiles(ungraded.get('a')!, ungraded.get('c')!, fourGrades);
    assert.equal(similarity.gradeAgreement, null);
    assert.equal(similarity.score, 1 / 2);
  });

  it('compares the latest grade when a force was graded on a theme more than once', () => {
    const regraded = buildForceProfiles(
      [],
      [grade('a', 'dv', 4, '2014-11'), grade('a', 'dv', 2, '2016-03'), grade('b', 'dv', 2)],
    );
    assert.equal(regraded.get('a')!.grades.get('dv')!.rank, 2);
    assert.equal(
      compareForceProfiles(regraded.get('a')!, regraded.get('b')!, fourGrades).gradeAgreement,
      1,
    );
  });
});

describe('rankSimilarForces', () => {
  const profiles = buildForceProfiles(
    [
      ...topics('a', ['training', 'it']),
      ...topics('b', ['training', 'it']),
      ...topics('c', ['training', 'vetting']),
      ...topics('d', ['welfare']),
    ],
    [],
  );

  it('ranks the other forces best first and leaves out the force itself and those sharing nothing', () => {
    const ranked = rankSimilarForces(profiles, 'a', 10, fourGrades);
    assert.deepEqual(
      ranked.map((s) => [s.forceId, s.score]),
      [
        ['b', 1],
        ['c', 1 / 3],
      ],
    );
  });

  it('returns at most `first` forces', () => {
    assert.deepEqual(
      rankSimilarForces(profiles, 'a', 1, fourGrades).map((s) => s.forceId),
      ['b'],
    );
    assert.deepEqual(rankSimilarForces(profiles, 'a', 0, fourGrades), []);
  });

  it('finds nothing like a force that has no weaknesses or grades', () => {
    assert.deepEqual(rankSimilarForces(profiles, 'unknown', 10, fourGrades), []);
  });
});
