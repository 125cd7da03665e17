/**
 * The optional Neo4j full-text index (`cypher/schema/neo4j-fulltext.cypher`), kept to its
 * current definition. `CREATE FULLTEXT INDEX ... IF NOT EXISTS` leaves alone an index of the
 * same name built from an older definition (before figures' measures were searchable, say), which
 * would then score only some of the items search matches; so a definition that differs is
 * dropped and the index built again.
 */
import type { Queries } from '../queries.js';
import type { GraphStore } from '../store.js';

/** What a full-text index covers, as its CREATE statement declares it. */
export interface FullTextDefinition {
  readonly name: string;
  readonly labels: readonly string[];
  readonly properties: readonly string[];
}

/** The name, labels and properties a `CREATE FULLTEXT INDEX` statement declares. */
export function parseFullTextDefinition(statement: string): FullTextDefinition {
  const match =
    /CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(n:([\w|]+)\) ON EACH \[([^\]]*)\]/.exec(
      statement,
    );
  if (match === null) throw new Error(`not a full-text index statement: ${statement}`);
  return {
    name: match[1]!,
    labels: match[2]!.split('|'),
    properties: match[3]!.split(',').map((key) => key.trim().replace(/^n\./, '')),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Creates the index `statement` declares, first dropping one of the same name whose labels or
 * properties differ. Returns what was done, for the migration's report.
 */
export async function applyFullTextIndex(
  store: GraphStore,
  queries: Queries,
  statement: string,
): Promise<'created' | 'rebuilt' | 'unchanged'> {
  const wanted = parseFullTextDefinition(statement);
  const [held] = await store.read(queries.fullTextIndexDefinition, { name: wanted.name });
  if (
    held !== undefined &&
    sameSet(held.labels as string[], wanted.labels) &&
    sameSet(held.properties as string[], wanted.properties)
  )
    return 'unchanged';
  // Schema changes cannot share a transaction with each other.
  if (held !== undefined) await store.writeTransaction((tx) => tx.run(queries.dropFullTextIndex));
  await store.writeTransaction((tx) => tx.run({ name: 'neo4j-fulltext', text: statement }));
  return held === undefined ? 'created' : 'rebuilt';
}
