import type { ApiContext } from '../context.js';
import { badUserInput, notFound } from '../errors.js';
import type { ParticipationRole, ParticipationScope } from '../../domain/organisation-roles.js';
import type { ForceNode, InitiativeNode, ParticipationLink, PartnerAgencyNode } from '../nodes.js';
import { toEvidence } from '../resolvers/evidence.js';
import { groupArrangementPartners, pickNamedInitiatives } from './arrangement-partners.js';

/** Which statements of participation a client asks for. */
export interface ParticipationSelection {
  readonly roles: readonly ParticipationRole[];
  readonly scopes: readonly ParticipationScope[];
}

/**
 * The partner agencies taking part in the arrangement a client names by id, name or acronym
 * (any letter case), per force, counting only statements with one of the given roles and
 * scopes. Throws NOT_FOUND when nothing has that id, name or acronym, so a misspelt name is not
 * mistaken for an arrangement without partners.
 */
export async function readArrangementPartners(
  ctx: ApiContext,
  arrangement: string,
  { roles, scopes }: ParticipationSelection,
) {
  const key = arrangement.trim();
  if (key === '') badUserInput('`arrangement` must be an id, a name or an acronym, e.g. "MASH".');
  const found = await ctx.store.read(ctx.queries.initiativesByKey, { key });
  const arrangements = pickNamedInitiatives(
    found.map((row) => row.initiative as InitiativeNode),
    key,
  );
  if (arrangements.length === 0) notFound('Arrangement', key);
  const rows = await ctx.store.read(ctx.queries.arrangementPartnersByInitiativeIds, {
    ids: arrangements.map((initiative) => initiative.id),
    roles: [...roles],
    scopes: [...scopes],
  });
  const groups = groupArrangementPartners(
    rows.map((row) => ({
      arrangement: row.arrangement as InitiativeNode,
      partner: row.partner as PartnerAgencyNode,
      force: (row.force as ForceNode | null | undefined) ?? null,
      link: row.link as ParticipationLink,
    })),
  );
  return groups.map(({ links, ...group }) => ({ ...group, evidence: links.map(toEvidence) }));
}
