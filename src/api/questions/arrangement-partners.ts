import {
  participationRoles,
  type ParticipationRole,
  type ParticipationScope,
} from '../../domain/organisation-roles.js';
import type { ForceNode, InitiativeNode, ParticipationLink, PartnerAgencyNode } from '../nodes.js';

/**
 * The roles `arrangementPartners` returns unless asked otherwise: every way of being one of
 * the arrangement's partners (sitting on it, chairing or leading it, working in it, taking its
 * referrals). A funder pays for an arrangement without being one of its partners.
 */
export const memberRoles: readonly ParticipationRole[] = participationRoles.filter(
  (role) => role !== 'FUNDER',
);

/** The scope `arrangementPartners` returns unless asked otherwise: the forces' own arrangements. */
export const forceScopes: readonly ParticipationScope[] = ['FORCE'];

/** One PARTICIPATES_IN link with the force of the report that states it. */
export interface ParticipationRow {
  readonly arrangement: InitiativeNode;
  readonly partner: PartnerAgencyNode;
  readonly force: ForceNode | null;
  readonly link: ParticipationLink;
}

/**
 * A partner taking part in an arrangement according to the reports on one force (scope FORCE),
 * or as the reports describe the arrangement nationally (scope NATIONAL, no force).
 */
export interface ArrangementPartnerGroup {
  arrangement: InitiativeNode;
  partner: PartnerAgencyNode;
  force: ForceNode | null;
  scope: ParticipationScope;
  /** The roles its statements give it, in the order of `participationRoles`. */
  roles: ParticipationRole[];
  /** Every statement of it, by report and line. */
  links: ParticipationLink[];
}

/**
 * The initiatives a client meant by `key` among the candidates the lookup query found: the
 * one whose id is `key` if there is one, else every one whose name or acronym matched (two
 * arrangements may share an acronym).
 */
export function pickNamedInitiatives(
  candidates: readonly InitiativeNode[],
  key: string,
): InitiativeNode[] {
  const byId = candidates.filter((initiative) => initiative.id === key);
  return byId.length > 0 ? byId : [...candidates];
}

/**
 * One group per (arrangement, scope, force, partner), each with all the statements that say
 * so; a NATIONAL statement belongs to no force, whichever force's report prints it. Order:
 * arrangements by name, then the forces' own statements before national ones, then forces by
 * name (statements of no known force last), then partners by name.
 */
export function groupArrangementPartners(
  rows: readonly ParticipationRow[],
): ArrangementPartnerGroup[] {
  const groups = new Map<string, ArrangementPartnerGroup>();
  for (const { arrangement, partner, force: reportForce, link } of rows) {
    const force = link.scope === 'NATIONAL' ? null : reportForce;
    const key = [arrangement.id, link.scope, force?.id ?? '', partner.id].join('\n');
    const group = groups.get(key);
    if (group) group.links.push(link);
    else
      groups.set(key, { arrangement, partner, force, scope: link.scope, roles: [], links: [link] });
  }
  for (const group of groups.values()) {
    group.links.sort(byReportAndLine);
    const roles = new Set(group.links.map((link) => link.role));
    group.roles = participationRoles.filter((role) => roles.has(role));
  }
  return [...groups.values()].sort(
    (a, b) =>
      compareText(a.arrangement.name, b.arrangement.name) ||
      compareText(a.arrangement.id, b.arrangement.id) ||
      compareScopes(a.scope, b.scope) ||
      compareForces(a.force, b.force) ||
      compareText(a.partner.name, b.partner.name) ||
      compareText(a.partner.id, b.partner.id),
  );
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

function compareScopes(a: ParticipationScope, b: ParticipationScope): number {
  return (a === 'NATIONAL' ? 1 : 0) - (b === 'NATIONAL' ? 1 : 0);
}

function compareForces(a: ForceNode | null, b: ForceNode | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

function byReportAndLine(a: ParticipationLink, b: ParticipationLink): number {
  return compareText(a.reportId ?? '', b.reportId ?? '') || (a.lineStart ?? 0) - (b.lineStart ?? 0);
}
