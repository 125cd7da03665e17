import type { DatasetNode, GraphDataset } from '../../src/domain/dataset.js';

/**
 * What ingestion extracted from one report, read from its dataset the way a user of the graph
 * would see it: entity nodes with the names they answer to, and participation links.
 */

export interface ExtractedEntity {
  readonly id: string;
  /** Canonical name first, then acronym and aliases. */
  readonly names: readonly string[];
  readonly label: string;
  /** Organisations: what the organisation is to the force. */
  readonly role: string | null;
}

export interface ExtractedParticipation {
  readonly partner: ExtractedEntity;
  readonly arrangement: ExtractedEntity;
  readonly role: string | null;
  readonly scope: string;
  readonly quote: string;
}

/** Node labels that hold organisations other than police units. */
const organisationLabels = new Set(['PartnerAgency', 'Body']);

export function toExtractedEntity(node: DatasetNode): ExtractedEntity {
  const p = node.properties;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  const names = [p.name, p.acronym, ...strings(p.aliases)].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
  const role =
    typeof p.role === 'string'
      ? p.role
      : node.label === 'Force'
        ? 'OTHER_FORCE'
        : organisationLabels.has(node.label)
          ? 'PARTNER_AGENCY'
          : null;
  return { id: node.id, names, label: node.label, role };
}

/** Organisations the report names: every organisation node and every force but its own. */
export function listOrganisations(dataset: GraphDataset, forceId: string): ExtractedEntity[] {
  return dataset.nodes
    .filter((n) => organisationLabels.has(n.label) || (n.label === 'Force' && n.id !== forceId))
    .map(toExtractedEntity);
}

export function listNodes(dataset: GraphDataset, label: string): ExtractedEntity[] {
  return dataset.nodes.filter((n) => n.label === label).map(toExtractedEntity);
}

/** Every PARTICIPATES_IN link; a link without a scope is the force's own. */
export function listParticipations(dataset: GraphDataset): ExtractedParticipation[] {
  const nodes = new Map(dataset.nodes.map((n) => [`${n.label} ${n.id}`, n]));
  return dataset.relationships
    .filter((r) => r.type === 'PARTICIPATES_IN')
    .flatMap((r) => {
      const from = nodes.get(`${r.fromLabel} ${r.from}`);
      const to = nodes.get(`${r.toLabel} ${r.to}`);
      if (!from || !to) return [];
      const p = r.properties;
      return [
        {
          partner: toExtractedEntity(from),
          arrangement: toExtractedEntity(to),
          role: typeof p.role === 'string' ? p.role : null,
          scope: typeof p.scope === 'string' ? p.scope : 'FORCE',
          quote: typeof p.quote === 'string' ? p.quote : '',
        },
      ];
    });
}
