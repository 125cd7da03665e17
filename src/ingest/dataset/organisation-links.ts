import type { GraphRelationshipDraft } from './graph-fragment.js';
import type { NodeLabel } from '../../domain/model.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * Links between organisations the gazetteer knows, made once the dataset holds both ends:
 * SUCCESSOR_OF where a body replaced or was renamed from another (the UK Border Agency and the
 * Border and Immigration Agency stay two nodes, joined), INCLUDES where a broader service name
 * covers narrower ones (social services: children's and adults' services). No report states
 * them, so they carry no evidence; a graph that names only one end gets no link.
 */
export function buildOrganisationLinks(
  nodeIds: ReadonlySet<string>,
  vocabulary: Vocabulary,
): GraphRelationshipDraft[] {
  const organisations = vocabulary.entities?.organisations ?? [];
  const nodeOf = (slug: string): { label: NodeLabel; id: string } | undefined => {
    if (nodeIds.has(`PartnerAgency partner/${slug}`))
      return { label: 'PartnerAgency', id: `partner/${slug}` };
    if (nodeIds.has(`Body body/${slug}`)) return { label: 'Body', id: `body/${slug}` };
    return undefined;
  };
  const out: GraphRelationshipDraft[] = [];
  for (const organisation of organisations) {
    const from = nodeOf(organisation.id);
    if (!from) continue;
    for (const [type, slugs] of [
      ['SUCCESSOR_OF', organisation.successorOf],
      ['INCLUDES', organisation.includes],
    ] as const)
      for (const slug of slugs) {
        const to = nodeOf(slug);
        if (
          !to ||
          (type === 'INCLUDES' && (from.label !== 'PartnerAgency' || to.label !== 'PartnerAgency'))
        )
          continue;
        out.push({
          type,
          fromLabel: from.label,
          from: from.id,
          toLabel: to.label,
          to: to.id,
          values: {},
        });
      }
  }
  return out;
}
