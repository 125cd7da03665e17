import type { AnyNode, EvidenceLink, ProvenanceProps } from '../nodes.js';
import type { Evidence } from '../types/evidence.type.js';
import type { ApiContext } from '../context.js';

/**
 * A quote as the API serves it: the report's layout whitespace (tabs between table cells, runs
 * of spaces, line breaks) collapsed to one space, so a client can show it as a sentence.
 */
export function cleanQuote(quote: string | null): string | null {
  const cleaned = quote?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}

/** The provenance properties of a node or relationship, as the one Evidence type. */
export function toEvidence(props: ProvenanceProps | EvidenceLink): Evidence {
  const { lineStart, lineEnd } = props;
  return {
    reportId: props.reportId ?? '',
    section: props.section,
    lines: lineStart == null ? null : { start: lineStart, end: lineEnd ?? lineStart },
    quote: cleanQuote(props.quote),
    lineStart,
    lineEnd,
  };
}

/** Evidence for items that may lack it (curated entities come from the vocabulary, not a report). */
export function toOptionalEvidence(props: ProvenanceProps): Evidence | null {
  return props.reportId ? toEvidence(props) : null;
}

/** Loads a node by id and returns it only if it has the expected label. */
export async function loadNodeOfLabel<T>(
  ctx: ApiContext,
  id: string,
  label: string,
): Promise<T | null> {
  const node: AnyNode | null = await ctx.loaders.nodeById.load(id);
  return node && node._label === label ? (node as unknown as T) : null;
}
