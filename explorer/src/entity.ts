import type {
  ExplorerEvidenceFragment,
  ExplorerNodeFragment,
  ExplorerRelationshipFragment,
} from '../generated/operations.js';

/** What an entity is: the GraphQL type name, e.g. `Force`, `PartnerAgency`. */
export type EntityType = ExplorerNodeFragment['__typename'];
export type Evidence = ExplorerEvidenceFragment;

/** An entity as the explorer draws, lists and describes it. */
export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** Short name drawn under the node and read in the list. */
  readonly label: string;
  /** Name and value pairs for the details panel. */
  readonly properties: readonly (readonly [string, string])[];
  /** Where a report states this entity itself (findings, judgements, ...); null for others. */
  readonly evidence: Evidence | null;
  /** The report the entity belongs to (its own report, or itself for a report); null if none. */
  readonly report: { readonly id: string; readonly year: number } | null;
}

/** A relationship between two entities, in its stored direction, with every statement of it. */
export interface Relationship {
  /** `from|TYPE|to`: one relationship per pair and type, however often it was fetched. */
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly evidence: readonly Evidence[];
}

/** Readable names of the types, for the legend, the list and the details. */
export const typeNames: Record<EntityType, string> = {
  Force: 'Force',
  Report: 'Report',
  Theme: 'Theme',
  Topic: 'Topic',
  Term: 'Glossary term',
  PartnerAgency: 'Partner agency',
  Body: 'Other organisation',
  Initiative: 'Initiative',
  Unit: 'Unit',
  Finding: 'Finding',
  Recommendation: 'Recommendation',
  Judgement: 'Judgement',
  ForceFact: 'Force fact',
  Figure: 'Figure',
  Passage: 'Passage',
  Section: 'Section',
  Footnote: 'Footnote',
};

const findingKindNames: Record<string, string> = {
  STRENGTH: 'Strength',
  WORK_IN_PROGRESS: 'Work in progress',
  AREA_FOR_IMPROVEMENT: 'Area for improvement',
  CAUSE_OF_CONCERN: 'Cause of concern',
};

/** Turns `MULTI_AGENCY_ARRANGEMENT` into `Multi agency arrangement`. */
export function humanise(code: string): string {
  const words = code.toLowerCase().split('_');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function pairs(entries: readonly (readonly [string, string | number | null | undefined])[]) {
  return entries
    .filter(
      (entry): entry is readonly [string, string | number] => entry[1] != null && entry[1] !== '',
    )
    .map(([name, value]) => [name, String(value)] as const);
}

/** Describes one node of an API answer for the explorer. */
export function toEntity(node: ExplorerNodeFragment): Entity {
  const base = { id: node.id, type: node.__typename };
  switch (node.__typename) {
    case 'Force':
      return {
        ...base,
        label: node.name,
        properties: pairs([['Short name', node.shortName]]),
        evidence: null,
        report: null,
      };
    case 'Report':
      return {
        ...base,
        label: `${node.title} (${node.year})`,
        properties: pairs([
          ['Title', node.title],
          ['Published', node.publishedOn],
        ]),
        evidence: null,
        report: { id: node.id, year: node.year },
      };
    case 'Theme':
      return { ...base, label: node.name, properties: [], evidence: null, report: null };
    case 'Topic':
      return {
        ...base,
        label: node.name,
        properties: pairs([['Description', node.description]]),
        evidence: null,
        report: null,
      };
    case 'Term':
      return {
        ...base,
        label: node.name,
        properties: pairs([['Stands for', node.expansion]]),
        evidence: null,
        report: null,
      };
    case 'PartnerAgency':
      return {
        ...base,
        label: node.name,
        properties: pairs([
          ['Acronym', node.acronym],
          ['Sector', node.sector && humanise(node.sector)],
        ]),
        evidence: null,
        report: null,
      };
    case 'Body':
      return {
        ...base,
        label: node.name,
        properties: pairs([
          ['Acronym', node.acronym],
          ['Role', humanise(node.role)],
        ]),
        evidence: null,
        report: null,
      };
    case 'Initiative':
      return {
        ...base,
        label: node.acronym ?? node.name,
        properties: pairs([
          ['Name', node.name],
          ['Kind', node.initiativeKind && humanise(node.initiativeKind)],
          ['Description', node.description],
        ]),
        evidence: node.optionalEvidence,
        report: node.optionalEvidence && reportOf(node.optionalEvidence),
      };
    case 'Unit':
      return {
        ...base,
        label: node.acronym ?? node.name,
        properties: pairs([
          ['Name', node.name],
          ['Kind', node.unitKind && humanise(node.unitKind)],
        ]),
        evidence: null,
        report: null,
      };
    case 'Finding':
      return {
        ...base,
        label: `${findingKindNames[node.findingKind] ?? humanise(node.findingKind)}: ${shorten(node.text, 40)}`,
        properties: pairs([
          ['Kind', findingKindNames[node.findingKind]],
          ['Text', node.text],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'Recommendation':
      return {
        ...base,
        label: `Recommendation${node.number === null ? '' : ` ${node.number}`}: ${shorten(node.text, 40)}`,
        properties: pairs([
          ['Number', node.number],
          ['Text', node.text],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'Judgement':
      return {
        ...base,
        label: `${humanise(node.grade)}: ${node.theme.name}`,
        properties: pairs([
          ['Grade', humanise(node.grade)],
          ['Theme', node.theme.name],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'ForceFact':
      return {
        ...base,
        label: `${node.name}: ${node.valueText ?? ''}${node.unit ? ` ${node.unit}` : ''}`.trim(),
        properties: pairs([
          ['Figure', node.name],
          ['Value', node.valueText],
          ['Unit', node.unit],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'Figure':
      return {
        ...base,
        label: `${shorten(node.measure, 30)}: ${node.figureText}`,
        properties: pairs([
          ['Measure', node.measure],
          ['Value', node.figureText],
          ['Unit', humanise(node.figureUnit)],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'Passage':
      return {
        ...base,
        label: shorten(node.text, 40),
        properties: pairs([
          ['Kind', humanise(node.passageKind)],
          ['Text', node.text],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'Section':
      return {
        ...base,
        label: node.code ?? shorten(node.heading, 40),
        properties: pairs([
          ['Heading', node.heading],
          ['Code', node.code],
        ]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
    case 'Footnote':
      return {
        ...base,
        label: `Footnote ${node.mark}: ${shorten(node.text, 40)}`,
        properties: pairs([['Text', node.text]]),
        evidence: node.evidence,
        report: reportOf(node.evidence),
      };
  }
}

function reportOf(evidence: Evidence): { id: string; year: number } {
  return { id: evidence.report.id, year: evidence.report.year };
}

/** The key that makes one relationship of each type between two entities. */
export function relationshipId(step: { type: string; from: string; to: string }): string {
  return `${step.from}|${step.type}|${step.to}`;
}

/** Describes one relationship of an API answer for the explorer. */
export function toRelationship(step: ExplorerRelationshipFragment): Relationship {
  return {
    id: relationshipId(step),
    type: step.type,
    from: step.from,
    to: step.to,
    evidence: step.evidence === null ? [] : [step.evidence],
  };
}

/** "Report title (2017), section Path, lines 740–742": how a researcher cites a statement. */
export function citeEvidence(evidence: Evidence): string {
  const parts = [`${evidence.report.title} (${evidence.report.year})`];
  if (evidence.section) parts.push(`section ${evidence.section}`);
  if (evidence.lines)
    parts.push(
      evidence.lines.start === evidence.lines.end
        ? `line ${evidence.lines.start}`
        : `lines ${evidence.lines.start}–${evidence.lines.end}`,
    );
  return parts.join(', ');
}
