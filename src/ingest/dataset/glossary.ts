import type { FindingGraph, GraphNodeDraft, GraphRelationshipDraft } from './findings.js';
import { toEvidenceValues } from './evidence-values.js';
import { deriveTermId } from '../glossary/glossary.js';
import type { ParsedReport } from '../report.types.js';

/**
 * The graph items of the reports' glossaries: one Term per id (`term/<acronym>/<expansion>`,
 * shared by every report defining it) and DEFINES from each report, with the glossary line as
 * evidence. Where reports print a shared term differently (`Anti-social Behaviour`,
 * `anti-social behaviour`), the node keeps the variant first in code-unit order, so the
 * result does not depend on the order the reports are given in.
 */
export function buildGlossaryGraph(reports: readonly ParsedReport[]): FindingGraph {
  const variants = new Map<string, { acronym: string; expansion: string }>();
  const relationships: GraphRelationshipDraft[] = [];
  for (const report of reports)
    for (const term of report.glossaryTerms) {
      const id = deriveTermId(term.acronym, term.expansion);
      const known = variants.get(id);
      const key = `${term.acronym}\u0000${term.expansion}`;
      if (!known || key < `${known.acronym}\u0000${known.expansion}`)
        variants.set(id, { acronym: term.acronym, expansion: term.expansion });
      relationships.push({
        type: 'DEFINES',
        fromLabel: 'Report',
        from: report.id,
        toLabel: 'Term',
        to: id,
        values: toEvidenceValues(report.id, term.provenance),
      });
    }
  const nodes: GraphNodeDraft[] = [...variants].map(([id, values]) => ({
    label: 'Term',
    id,
    values,
  }));
  return { nodes, relationships, themeIds: [] };
}
