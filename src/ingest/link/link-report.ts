import type {
  EntityRecord,
  LinkableItem,
  MentionLink,
  ParticipationLink,
  UnitOfForceLink,
} from './link.types.js';
import { findAcronymDefinitions, type AcronymDefinition } from './acronyms.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { recogniseEntities } from './recognise.js';
import { quoteAround } from '../text/quote.js';
import type { Paragraph } from '../report.types.js';
import { findParticipations, type Participation } from './participation.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * Entity linking for one report: which partner agencies, units, initiatives and forces each
 * finding, recommendation, initiative, passage and footnote names (MENTIONS, one per item and
 * entity, quoting the first sentence that names it), which agencies take part in which
 * arrangements (PARTICIPATES_IN, from every paragraph and footnote), and which force each named
 * unit belongs to (PART_OF). Pure and deterministic; output sorted.
 */

export interface ReportLinkInput {
  readonly reportId: string;
  readonly forceId: string;
  readonly vocabulary: Vocabulary;
  /** The findings, recommendations, initiatives, passages and footnotes whose text is linked. */
  readonly items: readonly LinkableItem[];
  /** The report's prose (see `listReportParagraphs`). */
  readonly paragraphs: readonly Paragraph[];
  /** The report's glossary, acronym and expansion as printed. */
  readonly glossary: readonly AcronymDefinition[];
}

export interface ReportLinks {
  /** Every entity a link points at, sorted by id. */
  readonly entities: readonly EntityRecord[];
  readonly mentions: readonly MentionLink[];
  readonly participations: readonly ParticipationLink[];
  readonly partOf: readonly UnitOfForceLink[];
  /** Names discovered in the report that the vocabulary lacks (linked or not), sorted by id. */
  readonly discovered: readonly EntityRecord[];
  /** The gazetteer the report was read with (topic tagging reads entity names with it). */
  readonly gazetteer: Gazetteer;
}

/**
 * The gazetteer of a report: its vocabulary view, its acronyms and the names discovered in its
 * paragraphs and items (an item's text may hold a field block no paragraph covers).
 */
export function buildReportGazetteer(input: Omit<ReportLinkInput, 'reportId'>): Gazetteer {
  const texts = [...new Set([...input.paragraphs, ...input.items].map((p) => p.text))];
  return buildGazetteer({
    vocabulary: input.vocabulary,
    forceId: input.forceId,
    glossary: input.glossary,
    definitions: texts.flatMap((text) => findAcronymDefinitions(text)),
    texts,
  });
}

/** Links one report's items and paragraphs to the entities they name. */
export function linkReportEntities(input: ReportLinkInput): ReportLinks {
  const gazetteer = buildReportGazetteer(input);
  const entities = new Map<string, EntityRecord>();
  const mentions: MentionLink[] = [];
  const partOf = new Map<string, UnitOfForceLink>();
  for (const item of input.items) {
    const seen = new Set<string>();
    for (const m of recogniseEntities(item.text, gazetteer)) {
      // A developing-practice example that is the initiative it names does not mention itself.
      if (seen.has(m.entity.id) || m.entity.id === item.id) continue;
      seen.add(m.entity.id);
      entities.set(m.entity.id, m.entity);
      const evidence = {
        reportId: input.reportId,
        section: item.section,
        lineStart: item.lineStart,
        lineEnd: item.lineEnd,
        quote: quoteAround(m.sentence.text, m.start - m.sentence.start, m.end - m.sentence.start),
      };
      mentions.push({
        itemLabel: item.label,
        itemId: item.id,
        entityLabel: m.entity.label,
        entityId: m.entity.id,
        matched: m.matched,
        evidence,
      });
      if (m.entity.label === 'Unit' && m.entity.forceId && !partOf.has(m.entity.id))
        partOf.set(m.entity.id, { unitId: m.entity.id, forceId: m.entity.forceId, evidence });
    }
  }
  // A footnote explains a term as it is everywhere (`Multi-agency public protection
  // arrangements (MAPPAs) are in place to … Agencies involved include … the police, probation
  // trusts and prison service`): what it says of an arrangement is not the force's own.
  const footnotes = input.items.filter((item) => item.label === 'Footnote');
  const participations = dedupeParticipations([
    ...input.paragraphs.flatMap((p) => findParticipations(p, gazetteer, input.reportId)),
    ...footnotes.flatMap((f) => findParticipations(f, gazetteer, input.reportId, 'NATIONAL')),
  ]);
  for (const p of participations) {
    entities.set(p.partner.id, p.partner);
    entities.set(p.initiative.id, p.initiative);
  }
  return {
    entities: [...entities.values()].sort(byId),
    mentions: mentions.sort(
      (a, b) => compare(a.itemId, b.itemId) || compare(a.entityId, b.entityId),
    ),
    participations: participations.map((p) => ({
      role: p.role,
      scope: p.scope,
      partnerId: p.partner.id,
      initiativeId: p.initiative.id,
      evidence: p.evidence,
    })),
    partOf: [...partOf.values()].sort((a, b) => compare(a.unitId, b.unitId)),
    discovered: [...gazetteer.discovered.values()].sort(byId),
    gazetteer,
  };
}

/**
 * The first evidence of each (partner, arrangement) pair in each scope, sorted: a report may
 * say both that its force's MAPPA has probation in it and that probation is a responsible
 * authority of MAPPA everywhere.
 */
function dedupeParticipations(links: readonly Participation[]): Participation[] {
  const byKey = new Map<string, Participation>();
  for (const link of links) {
    const key = `${link.partner.id} ${link.initiative.id} ${link.scope}`;
    if (!byKey.has(key)) byKey.set(key, link);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      compare(a.partner.id, b.partner.id) ||
      compare(a.initiative.id, b.initiative.id) ||
      compare(a.scope, b.scope),
  );
}

function byId(a: EntityRecord, b: EntityRecord): number {
  return compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
