/**
 * The graph model: every node label, its typed properties, and every relationship type with
 * the (FROM, TO) label pairs it may join. This one description generates the embedded
 * engine's DDL, Neo4j's constraints and indexes, and the explicit SET lists of the load
 * queries (see `tooling/generate/schema-cypher.ts`), so the two engines cannot drift apart.
 *
 * Rules from `portable-cypher.md`: exactly one label per node, a string `id` key that never
 * changes, every property declared, values are scalars or lists of scalars.
 */

/** Property types both engines can store. */
export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]' | 'INT64[]';

export type PropertySpec = Readonly<Record<string, PropertyType>>;

/**
 * Provenance carried by every extracted item and relationship: which report, which section,
 * which lines of the source file, and a short exact quote. The line numbers are 1-based lines
 * of the report file as stored under `seed/reports/`.
 */
const provenance = {
  reportId: 'STRING',
  section: 'STRING',
  lineStart: 'INT64',
  lineEnd: 'INT64',
  quote: 'STRING',
} as const satisfies PropertySpec;

export const nodeLabels = {
  Force: {
    name: 'STRING',
    shortName: 'STRING',
    aliases: 'STRING[]',
  },
  Report: {
    title: 'STRING',
    publishedOn: 'STRING',
    isbn: 'STRING',
    framework: 'STRING',
    sourceFile: 'STRING',
    forceId: 'STRING',
    lineCount: 'INT64',
  },
  Theme: {
    name: 'STRING',
    question: 'STRING',
    framework: 'STRING',
    parentId: 'STRING',
    ordinal: 'INT64',
  },
  Judgement: {
    grade: 'STRING',
    scale: 'STRING',
    rank: 'INT64',
    distributionGrades: 'STRING[]',
    distributionCounts: 'INT64[]',
    /** THIS_REPORT (the report grades the force) or EARLIER (it states an earlier inspection's grade). */
    stated: 'STRING',
    /** The inspection's year: the report's framework year, or the earlier inspection's. */
    year: 'INT64',
    /** The framework family of the inspection graded (the graded theme's). */
    framework: 'STRING',
    /** EARLIER only: the inspection as the report names it (`2006 baseline assessment`). */
    assessment: 'STRING',
    ...provenance,
  },
  Finding: {
    kind: 'STRING',
    text: 'STRING',
    ordinal: 'INT64',
    ...provenance,
  },
  Recommendation: {
    number: 'INT64',
    ordinal: 'INT64',
    text: 'STRING',
    ...provenance,
  },
  PartnerAgency: {
    name: 'STRING',
    acronym: 'STRING',
    aliases: 'STRING[]',
    sector: 'STRING',
    /** The gazetteer's kind of public body (LOCAL_AUTHORITY, GOVERNMENT_AGENCY, ...), if known. */
    kind: 'STRING',
    curated: 'BOOLEAN',
  },
  /**
   * An organisation a report names that is not a partner agency nor one of the 43 forces: a
   * national policing body, a staff association or internal group, an inspectorate or oversight
   * body, a regional police unit, a force outside the 43, or another body. `role` says which.
   */
  Body: {
    name: 'STRING',
    acronym: 'STRING',
    aliases: 'STRING[]',
    role: 'STRING',
    sector: 'STRING',
    kind: 'STRING',
    curated: 'BOOLEAN',
  },
  Unit: {
    name: 'STRING',
    acronym: 'STRING',
    kind: 'STRING',
    forceId: 'STRING',
    curated: 'BOOLEAN',
  },
  Initiative: {
    name: 'STRING',
    acronym: 'STRING',
    kind: 'STRING',
    description: 'STRING',
    curated: 'BOOLEAN',
    /** Developing-practice items only: the inspection area and the report's three parts. */
    inspectionArea: 'STRING',
    problem: 'STRING',
    solution: 'STRING',
    outcome: 'STRING',
    contact: 'STRING',
    ...provenance,
  },
  ForceFact: {
    /** OVERVIEW (force overview figures) or INDICATOR (a rate in a performance table). */
    category: 'STRING',
    name: 'STRING',
    value: 'DOUBLE',
    valueText: 'STRING',
    unit: 'STRING',
    period: 'STRING',
    change: 'DOUBLE',
    comparator: 'STRING',
    comparatorValue: 'DOUBLE',
    ...provenance,
  },
  Figure: {
    /** A number the report states in prose, a list or a table (`src/ingest/figures/`). */
    value: 'DOUBLE',
    valueText: 'STRING',
    unit: 'STRING',
    measure: 'STRING',
    period: 'STRING',
    comparatorValue: 'DOUBLE',
    comparatorUpTo: 'DOUBLE',
    comparatorUnit: 'STRING',
    comparatorKind: 'STRING',
    comparatorLabel: 'STRING',
    ordinal: 'INT64',
    ...provenance,
  },
  Topic: {
    name: 'STRING',
    description: 'STRING',
  },
  Term: {
    acronym: 'STRING',
    expansion: 'STRING',
  },
  /** A heading of a report and what it governs; the major crime standards carry `code` (MC07). */
  Section: {
    reportId: 'STRING',
    heading: 'STRING',
    /** Headings from the top down joined by ` > `. */
    path: 'STRING',
    /** Depth below the report: 1 for a part or top-level theme. */
    level: 'INT64',
    /** PART, THEME, BLOCK (a recurring sub-heading), LISTED (in the contents), MINOR, CONTENTS. */
    kind: 'STRING',
    code: 'STRING',
    /** Finding kinds whose list in this section or below is printed as `None.`. */
    printedNone: 'STRING[]',
    /** Position in reading order within the report, 1 = first. */
    ordinal: 'INT64',
    lineStart: 'INT64',
    lineEnd: 'INT64',
  },
  /** A paragraph of a report's body that no list item or developing-practice item holds. */
  Passage: {
    /** PARAGRAPH, BULLET or LABELLED (`Figure 2: …`, `Source: …`). */
    kind: 'STRING',
    text: 'STRING',
    /** Position in reading order within the report, 1 = first. */
    ordinal: 'INT64',
    ...provenance,
  },
  /** A footnote, kept apart from the passage or item that cites it. */
  Footnote: {
    /** The mark as printed: digits or `*`. */
    mark: 'STRING',
    text: 'STRING',
    ...provenance,
  },
  /**
   * Up to 100 consecutive lines of a report's source file as printed (`src/domain/source-text.ts`):
   * what `Report.lines` and `Evidence.context` serve. Apart from the Report node so that reading
   * a report never reads its text; found by id, without relationships.
   */
  SourceChunk: {
    reportId: 'STRING',
    firstLine: 'INT64',
    lines: 'STRING[]',
  },
} as const satisfies Record<string, PropertySpec>;

export type NodeLabel = keyof typeof nodeLabels;

/** Evidence carried on extracted relationships (the same shape as node provenance). */
const evidence = provenance;

/** Relationship types with the label pairs they join and the properties they carry. */
export const relationshipTypes = {
  INSPECTS: { pairs: [['Report', 'Force']], properties: {} },
  MADE: { pairs: [['Report', 'Judgement']], properties: {} },
  OF_FORCE: { pairs: [['Judgement', 'Force']], properties: {} },
  ON_THEME: {
    pairs: [
      ['Judgement', 'Theme'],
      ['Finding', 'Theme'],
      ['Recommendation', 'Theme'],
      ['Initiative', 'Theme'],
      ['Figure', 'Theme'],
      ['Section', 'Theme'],
      ['Passage', 'Theme'],
    ],
    properties: {},
  },
  SUBTHEME_OF: { pairs: [['Theme', 'Theme']], properties: {} },
  /**
   * A later framework's theme carries on an earlier framework's (from the theme vocabulary, no
   * report evidence): `basis` says why the two are one line of assessment.
   */
  CONTINUES: { pairs: [['Theme', 'Theme']], properties: { basis: 'STRING' } },
  HAS_FINDING: { pairs: [['Report', 'Finding']], properties: {} },
  ABOUT: {
    pairs: [
      ['Finding', 'Force'],
      ['Figure', 'Force'],
    ],
    properties: {},
  },
  RECOMMENDS: { pairs: [['Report', 'Recommendation']], properties: {} },
  TO_FORCE: { pairs: [['Recommendation', 'Force']], properties: {} },
  ADDRESSES: { pairs: [['Recommendation', 'Finding']], properties: evidence },
  PART_OF: { pairs: [['Unit', 'Force']], properties: evidence },
  RUNS: { pairs: [['Force', 'Initiative']], properties: evidence },
  /**
   * A partner agency takes part in an arrangement: `role` (MEMBER, CHAIR, LEAD, FUNDER,
   * CO_LOCATED, RECEIVES_REFERRALS) as the sentence says; `scope` FORCE for the force's own
   * arrangement, NATIONAL where the text describes the arrangement nationally.
   */
  PARTICIPATES_IN: {
    pairs: [['PartnerAgency', 'Initiative']],
    properties: { role: 'STRING', scope: 'STRING', ...evidence },
    // A report may state the pair both ways: its force's own arrangement and the national one.
    identity: ['scope'],
  },
  /** A body replaced or renamed another (from the gazetteer; no report evidence). */
  SUCCESSOR_OF: {
    pairs: [
      ['PartnerAgency', 'PartnerAgency'],
      ['PartnerAgency', 'Body'],
      ['Body', 'Body'],
      ['Body', 'PartnerAgency'],
    ],
    properties: {},
  },
  /** A broader service name includes a narrower one (social services: children's, adults'). */
  INCLUDES: { pairs: [['PartnerAgency', 'PartnerAgency']], properties: {} },
  MENTIONS: {
    pairs: [
      ['Finding', 'PartnerAgency'],
      ['Finding', 'Body'],
      ['Finding', 'Unit'],
      ['Finding', 'Initiative'],
      ['Finding', 'Force'],
      ['Recommendation', 'PartnerAgency'],
      ['Recommendation', 'Body'],
      ['Recommendation', 'Unit'],
      ['Recommendation', 'Initiative'],
      ['Recommendation', 'Force'],
      ['Initiative', 'PartnerAgency'],
      ['Initiative', 'Body'],
      ['Initiative', 'Unit'],
      ['Initiative', 'Initiative'],
      ['Initiative', 'Force'],
      ['Passage', 'PartnerAgency'],
      ['Passage', 'Body'],
      ['Passage', 'Unit'],
      ['Passage', 'Initiative'],
      ['Passage', 'Force'],
      ['Footnote', 'PartnerAgency'],
      ['Footnote', 'Body'],
      ['Footnote', 'Unit'],
      ['Footnote', 'Initiative'],
      ['Footnote', 'Force'],
    ],
    properties: evidence,
  },
  TAGGED: {
    pairs: [
      ['Finding', 'Topic'],
      ['Recommendation', 'Topic'],
      ['Passage', 'Topic'],
    ],
    /** `cue`: the taxonomy's cue as written (`prevent*`); `matched`: the words of the text it matched, as printed. */
    properties: { cue: 'STRING', matched: 'STRING', ...evidence },
  },
  DEFINES: { pairs: [['Report', 'Term']], properties: evidence },
  MOST_SIMILAR_TO: { pairs: [['Force', 'Force']], properties: evidence },
  HAS_FACT: { pairs: [['Force', 'ForceFact']], properties: {} },
  /** A fact, a figure, or the grade an earlier inspection gave (an EARLIER judgement), as the report states it. */
  STATES: {
    pairs: [
      ['Report', 'ForceFact'],
      ['Report', 'Figure'],
      ['Report', 'Judgement'],
    ],
    properties: {},
  },
  /** The list item or prose passage a figure is printed in. */
  STATED_IN: {
    pairs: [
      ['Figure', 'Finding'],
      ['Figure', 'Recommendation'],
      ['Figure', 'Initiative'],
      ['Figure', 'Passage'],
    ],
    properties: {},
  },
  PRESENTS: { pairs: [['Report', 'Initiative']], properties: {} },
  HAS_SECTION: { pairs: [['Report', 'Section']], properties: {} },
  /** A section to the section it sits in. */
  SUBSECTION_OF: { pairs: [['Section', 'Section']], properties: {} },
  /** An item to the innermost section it is printed in. */
  IN_SECTION: {
    pairs: [
      ['Finding', 'Section'],
      ['Recommendation', 'Section'],
      ['Initiative', 'Section'],
      ['Passage', 'Section'],
      ['Footnote', 'Section'],
    ],
    properties: {},
  },
  HAS_PASSAGE: { pairs: [['Report', 'Passage']], properties: {} },
  /** A passage, finding or recommendation to a footnote its text marks. */
  CITES: {
    pairs: [
      ['Passage', 'Footnote'],
      ['Finding', 'Footnote'],
      ['Recommendation', 'Footnote'],
    ],
    properties: {},
  },
} as const satisfies Record<string, RelationshipSpec>;

interface RelationshipSpec {
  readonly pairs: readonly (readonly [NodeLabel, NodeLabel])[];
  readonly properties: PropertySpec;
  /**
   * Properties that, beside the endpoints and the report (for links with evidence), tell two
   * relationships of one type apart (see `relationshipIdentity` in `dataset.ts`).
   */
  readonly identity?: readonly string[];
}

export type RelationshipType = keyof typeof relationshipTypes;

/** The properties beside the endpoints that identify a relationship: `reportId`, then `identity`. */
export function listIdentityProperties(type: RelationshipType): readonly string[] {
  const spec: RelationshipSpec = relationshipTypes[type];
  return ['reportId' in spec.properties ? ['reportId'] : [], spec.identity ?? []].flat();
}

/** Every property key used anywhere in the model (nodes and relationships), sorted. */
export function listPropertyKeys(): string[] {
  const keys = new Set<string>(['id']);
  for (const spec of Object.values(nodeLabels)) for (const k of Object.keys(spec)) keys.add(k);
  for (const rel of Object.values(relationshipTypes))
    for (const k of Object.keys(rel.properties)) keys.add(k);
  return [...keys].sort();
}
