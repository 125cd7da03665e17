import type { FindingNode } from '../nodes.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import type { FindingPageArgs } from '../types/item-page.args.js';

/**
 * A page of an entity's findings: the loader fetched them all for every parent in one query
 * (so listing many forces stays one round trip), and the page is cut here.
 */
export function pageFindings(
  findings: readonly FindingNode[],
  args: FindingPageArgs,
): Connection<FindingNode> {
  const kinds = args.kinds;
  return sliceConnection(
    kinds ? findings.filter((f) => kinds.includes(f.kind as never)) : findings,
    args,
  );
}
