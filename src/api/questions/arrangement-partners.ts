import type { EvidenceLink, ForceNode, InitiativeNode, PartnerAgencyNode } from '../nodes.js';

/** One PARTICIPATES_IN link with the force of the report that states it. */
export interface ParticipationRow {
  readonly arrangement: InitiativeNode;
  readonly partner: PartnerAgencyNode;
  readonly force: ForceNode | null;
  readonly link: EvidenceLink;
}

/** A partner taking part in an arrangement according to the reports on one force. */
export interface ArrangementPartnerGroup {
  arrangement: InitiativeNode;
  partner: PartnerAgencyNode;
  force: ForceNode | null;
  /** Every statement of it, by report and line. */
  links: EvidenceLink[];
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
 * One group per (arrangement, partner, force), each with all the statements that say so:
 * arrangements by name, then forces by name (statements of no known force last), then
 * partners by name.
 */
export function groupArrangementPartners(
  rows: readonly ParticipationRow[],
): ArrangementPartnerGroup[] {
  const groups = new Map<string, ArrangementPartnerGroup>();
  for (const { arrangement, partner, force, link } of rows) {
    const key = [arrangement.id, force?.id ?? '', partner.id].join('\n');
    const group = groups.get(key);
    if (group) group.links.push(link);
    else groups.set(key, { arrangement, partner, force, links: [link] });
  }
  for (const group of groups.values()) group.links.sort(byReportAndLine);
  return [...groups.values()].sort(
    (a, b) =>
      compareText(a.arrangement.name, b.arrangement.name) ||
      compareText(a.arrangement.id, b.arrangement.id) ||
      compareForces(a.force, b.force) ||
      compareText(a.partner.name, b.partner.name) ||
      compareText(a.partner.id, b.partner.id),
  );
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

function compareForces(a: ForceNode | null, b: ForceNode | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

function byReportAndLine(a: EvidenceLink, b: EvidenceLink): number {
  return compareText(a.reportId ?? '', b.reportId ?? '') || (a.lineStart ?? 0) - (b.lineStart ?? 0);
}
