import { formatSourceChunkId, sourceChunkSize } from '../../domain/source-text.js';
import type { GraphFragment, GraphNodeDraft } from './graph-fragment.js';
import type { ParsedReport } from '../report.types.js';

/**
 * The report's source text as SourceChunk nodes: its lines as printed, in runs of
 * `sourceChunkSize` (id `<reportId>/lines/<first line>`, see `src/domain/source-text.ts`), so that
 * the API can serve the lines around any evidence. No relationships: the API finds a run by id.
 */
export function buildSourceTextGraph(report: ParsedReport): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  for (let start = 0; start < report.sourceLines.length; start += sourceChunkSize) {
    const firstLine = start + 1;
    nodes.push({
      label: 'SourceChunk',
      id: formatSourceChunkId(report.id, firstLine),
      values: {
        reportId: report.id,
        firstLine,
        lines: report.sourceLines.slice(start, start + sourceChunkSize),
      },
    });
  }
  return { nodes, relationships: [], themeIds: [] };
}
