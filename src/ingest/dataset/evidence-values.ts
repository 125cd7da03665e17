import type { PropertyValue } from '../../domain/dataset.js';
import type { Provenance } from '../report.types.js';

/**
 * Provenance as node or relationship properties: the report id plus section, lines and quote
 * (the `reportId`, `section`, `lineStart`, `lineEnd`, `quote` keys of the model).
 */
export function toEvidenceValues(
  reportId: string,
  p: Provenance,
): Record<string, PropertyValue | undefined> {
  return {
    reportId,
    section: p.section,
    lineStart: p.lineStart,
    lineEnd: p.lineEnd,
    quote: p.quote,
  };
}
