import type { ThemeNode, TopicNode } from '../nodes.js';

/** A topic one of a force's areas for improvement or causes of concern is tagged with. */
export interface WeaknessTopicRow {
  readonly forceId: string;
  readonly topic: TopicNode;
}

/** A grade a force received on a theme. */
export interface GradeRow {
  readonly forceId: string;
  readonly theme: ThemeNode;
  /** Position on the scale, 1 = best. */
  readonly rank: number;
  readonly scale: string;
  /** Month of the report (YYYY-MM): the latest grade on a theme is the one compared. */
  readonly publishedOn: string;
}

/** What a force is compared on. */
export interface ForceProfile {
  readonly forceId: string;
  /** Weakness topics by id. */
  readonly topics: ReadonlyMap<string, TopicNode>;
  /** The latest grade on each theme, by theme id. */
  readonly grades: ReadonlyMap<string, GradeRow>;
}

/** How alike two forces are, and what they share. */
export interface ForceSimilarityScore {
  readonly forceId: string;
  readonly score: number;
  readonly topicJaccard: number;
  /** Null when the two forces were never graded on the same theme. */
  readonly gradeAgreement: number | null;
  /** Weakness topics both have, by name. */
  readonly sharedTopics: TopicNode[];
  /** Themes both were graded on, by id. */
  readonly sharedThemes: ThemeNode[];
}

/** Number of grades on a scale (4 for Excellent-to-Poor); undefined for an unknown scale. */
export type ScaleLevels = (scale: string) => number | undefined;

/** Builds one profile per force that has a weakness topic or a grade. */
export function buildForceProfiles(
  topicRows: readonly WeaknessTopicRow[],
  gradeRows: readonly GradeRow[],
): Map<string, ForceProfile> {
  const profiles = new Map<
    string,
    { topics: Map<string, TopicNode>; grades: Map<string, GradeRow> }
  >();
  const profileOf = (forceId: string) => {
    let profile = profiles.get(forceId);
    if (!profile) {
      profile = { topics: new Map(), grades: new Map() };
      profiles.set(forceId, profile);
    }
    return profile;
  };
  for (const row of topicRows) profileOf(row.forceId).topics.set(row.topic.id, row.topic);
  for (const row of gradeRows) {
    const grades = profileOf(row.forceId).grades;
    const held = grades.get(row.theme.id);
    if (!held || held.publishedOn <= row.publishedOn) grades.set(row.theme.id, row);
  }
  return new Map(
    [...profiles].map(([forceId, { topics, grades }]) => [forceId, { forceId, topics, grades }]),
  );
}

/**
 * Agreement of two ranks on one scale: 1 for the same grade, falling linearly to 0 for the
 * two ends of the scale (on a four-grade scale, one grade apart is 2/3). On an unknown scale
 * only equality counts.
 */
export function agreeGrades(a: number, b: number, levels: number | undefined): number {
  if (levels === undefined || levels < 2) return a === b ? 1 : 0;
  return Math.max(0, 1 - Math.abs(a - b) / (levels - 1));
}

/**
 * Compares two profiles. topicJaccard = |shared weakness topics| / |topics of either| (0 when
 * neither has any). gradeAgreement = mean of {@link agreeGrades} over the themes both were
 * graded on (latest grade each). score = the mean of the two, or topicJaccard alone when
 * there is no theme to compare grades on.
 */
export function compareForceProfiles(
  a: ForceProfile,
  b: ForceProfile,
  scaleLevels: ScaleLevels,
): ForceSimilarityScore {
  const sharedTopics = [...a.topics.values()].filter((topic) => b.topics.has(topic.id));
  const union = a.topics.size + b.topics.size - sharedTopics.length;
  const topicJaccard = union === 0 ? 0 : sharedTopics.length / union;
  const agreements: number[] = [];
  const sharedThemes: ThemeNode[] = [];
  for (const [themeId, gradeA] of a.grades) {
    const gradeB = b.grades.get(themeId);
    if (!gradeB || gradeA.scale !== gradeB.scale) continue;
    sharedThemes.push(gradeA.theme);
    agreements.push(agreeGrades(gradeA.rank, gradeB.rank, scaleLevels(gradeA.scale)));
  }
  const gradeAgreement =
    agreements.length === 0 ? null : agreements.reduce((sum, x) => sum + x, 0) / agreements.length;
  return {
    forceId: b.forceId,
    score: gradeAgreement === null ? topicJaccard : (topicJaccard + gradeAgreement) / 2,
    topicJaccard,
    gradeAgreement,
    sharedTopics: sharedTopics.sort((x, y) => x.name.localeCompare(y.name, 'en')),
    sharedThemes: sharedThemes.sort((x, y) => x.id.localeCompare(y.id, 'en')),
  };
}

/**
 * The `first` forces most like `forceId`, best first (ties by force id). Forces that share
 * nothing with it (score 0) are left out, and so is the force itself; a force with no profile
 * is like none.
 */
export function rankSimilarForces(
  profiles: ReadonlyMap<string, ForceProfile>,
  forceId: string,
  first: number,
  scaleLevels: ScaleLevels,
): ForceSimilarityScore[] {
  const own = profiles.get(forceId);
  if (!own) return [];
  return [...profiles.values()]
    .filter((other) => other.forceId !== forceId)
    .map((other) => compareForceProfiles(own, other, scaleLevels))
    .filter((similarity) => similarity.score > 0)
    .sort((x, y) => y.score - x.score || x.forceId.localeCompare(y.forceId, 'en'))
    .slice(0, first);
}
