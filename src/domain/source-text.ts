/**
 * A report's source text is stored in the graph as runs of consecutive lines (`SourceChunk`
 * nodes), so that any instance of the API, on either engine, can serve the lines a piece of
 * evidence points at without the report file. Ingestion cuts the text with these rules and the
 * API finds the runs by id with the same ones.
 */

/** Lines per stored run: a page of evidence context costs one or two small reads. */
export const sourceChunkSize = 100;

/** The first line (1-based) of the run that holds `line`. */
export function firstLineOfChunk(line: number): number {
  return Math.floor((line - 1) / sourceChunkSize) * sourceChunkSize + 1;
}

/** The id of the run of a report's lines starting at `firstLine`: `<reportId>/lines/<firstLine>`. */
export function formatSourceChunkId(reportId: string, firstLine: number): string {
  return `${reportId}/lines/${firstLine}`;
}

/** The ids of the runs that hold lines `from` to `to` (1-based, inclusive) of a report. */
export function listSourceChunkIds(reportId: string, from: number, to: number): string[] {
  const ids: string[] = [];
  for (let first = firstLineOfChunk(from); first <= to; first += sourceChunkSize)
    ids.push(formatSourceChunkId(reportId, first));
  return ids;
}
