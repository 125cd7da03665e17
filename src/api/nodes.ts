/**
 * The shapes of graph nodes as the store returns them (plain objects, one per node, with the
 * properties declared in `src/domain/model.ts`). Resolvers receive these as their parents.
 */
import type { ParticipationRole, ParticipationScope } from '../domain/organisation-roles.js';

export interface ForceNode {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[] | null;
}

export interface ReportNode {
  id: string;
  title: string;
  publishedOn: string;
  isbn: string | null;
  framework: string;
  sourceFile: string;
  forceId: string;
  lineCount: number | null;
}

export interface ThemeNode {
  id: string;
  name: string;
  question: string | null;
  framework: string;
  parentId: string | null;
  ordinal: number | null;
}

export interface JudgementNode {
  id: string;
  grade: string;
  scale: string;
  rank: number | null;
  distributionGrades: string[] | null;
  distributionCounts: number[] | null;
  /** THIS_REPORT or EARLIER (absent in graphs loaded before earlier grades were read). */
  stated?: string | null;
  year?: number | null;
  framework?: string | null;
  assessment?: string | null;
  reportId: string;
  section: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  quote: string | null;
}

/** Provenance properties every extracted item carries (see `src/domain/model.ts`). */
export interface ProvenanceProps {
  reportId: string | null;
  section: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  quote: string | null;
}

export interface FindingNode extends ProvenanceProps {
  id: string;
  kind: string;
  text: string;
  ordinal: number | null;
}

/**
 * What a nested list of findings or recommendations needs to filter, order and cut a page
 * without their text: the page's items are then read by id.
 */
export interface ItemKey {
  id: string;
  reportId: string | null;
  /** A finding's kind; undefined for a recommendation. */
  kind?: string | null;
}

export interface RecommendationNode extends ProvenanceProps {
  id: string;
  number: number | null;
  ordinal: number | null;
  text: string;
}

export interface InitiativeNode extends ProvenanceProps {
  id: string;
  name: string;
  acronym: string | null;
  kind: string | null;
  description: string | null;
  curated: boolean | null;
  inspectionArea: string | null;
  problem: string | null;
  solution: string | null;
  outcome: string | null;
  contact: string | null;
}

export interface PartnerAgencyNode {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[] | null;
  sector: string | null;
  kind: string | null;
  curated: boolean | null;
}

export interface BodyNode {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[] | null;
  role: string;
  sector: string | null;
  kind: string | null;
  curated: boolean | null;
}

export interface UnitNode {
  id: string;
  name: string;
  acronym: string | null;
  kind: string | null;
  forceId: string | null;
  curated: boolean | null;
}

export interface TopicNode {
  id: string;
  name: string;
  description: string | null;
}

export interface TermNode {
  id: string;
  acronym: string;
  expansion: string;
}

export interface ForceFactNode extends ProvenanceProps {
  id: string;
  category: string;
  name: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  period: string | null;
  change: number | null;
  comparator: string | null;
  comparatorValue: number | null;
}

/** Up to 100 consecutive lines of a report's source file, as stored (`src/domain/source-text.ts`). */
export interface SourceChunkNode {
  id: string;
  reportId: string;
  firstLine: number;
  lines: string[];
}

export interface FigureNode extends ProvenanceProps {
  id: string;
  value: number;
  valueText: string | null;
  unit: string;
  measure: string;
  period: string | null;
  comparatorValue: number | null;
  comparatorUpTo: number | null;
  comparatorUnit: string | null;
  comparatorKind: string | null;
  comparatorLabel: string | null;
  ordinal: number | null;
}

/** A figure with what nested `figures(filter:)` fields filter on beyond its own properties. */
export interface FigureRow {
  figure: FigureNode;
  themeId: string | null;
  forceId: string | null;
  /** The month of the report that states it (`YYYY-MM`): lists order by it, newest first. */
  publishedOn: string | null;
}

export interface SectionNode {
  id: string;
  reportId: string;
  heading: string;
  path: string;
  level: number;
  kind: string;
  code: string | null;
  printedNone: string[] | null;
  ordinal: number;
  lineStart: number;
  lineEnd: number;
}

export interface PassageNode extends ProvenanceProps {
  id: string;
  kind: string;
  text: string;
  ordinal: number;
}

export interface FootnoteNode extends ProvenanceProps {
  id: string;
  mark: string;
  text: string;
}

/** A relationship that carries evidence (MENTIONS, PARTICIPATES_IN, TAGGED, ...). */
export interface EvidenceLink extends ProvenanceProps {
  cue?: string | null;
}

/** Any node, as returned by a query over several labels: `_label` names its label. */
export type AnyNode = { id: string; _label: string } & Record<string, unknown>;

/** A PARTICIPATES_IN relationship: how the partner takes part, and whose arrangement it is. */
export interface ParticipationLink extends EvidenceLink {
  role: ParticipationRole;
  scope: ParticipationScope;
}

/** A row of a key/node/link query: the related node and the relationship that joins it. */
export interface Linked<T, L extends EvidenceLink = EvidenceLink> {
  node: T;
  link: L;
}
