/**
 * `npm run db:migrate`: applies the graph schema to the configured store and prints what ran.
 * On Neo4j (NEO4J_URI set): a uniqueness constraint on `id` per label and the lookup indexes
 * (`cypher/schema/neo4j.cypher`), each `IF NOT EXISTS`; with `--fulltext` also the optional
 * full-text index (`cypher/schema/neo4j-fulltext.cypher`), rebuilt when an older definition of it
 * exists, waiting until it is online. On the embedded engine: the
 * node and rel tables, then the migrations that add what an older database file lacks.
 * Every statement is idempotent, so running it again changes nothing.
 */
import { parseArgs } from 'node:util';

import { readConfig } from '../config/config.js';
import { describeStoreTarget } from './store-target.js';
import { exitCodeFor } from './usage.js';
import { openConfiguredStore } from '../graph/open-store.js';
import { applyFullTextIndex } from '../graph/neo4j/full-text-index.js';
import { loadCatalog } from '../graph/queries.js';

/** The first line of a statement: enough to say which table, constraint or index it is. */
function summarise(statement: string): string {
  const first = statement.split('\n')[0]!;
  return first.endsWith('(') ? first.slice(0, -1) : first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { fulltext: { type: 'boolean', default: false } } });
  const config = readConfig();
  const catalog = loadCatalog();
  const target = describeStoreTarget(config);
  // Opening the configured store applies its schema (the same path as npm start).
  const store = await openConfiguredStore(config, catalog.schema);
  try {
    const statements =
      store.engine === 'neo4j'
        ? [...catalog.schema.neo4j]
        : [...catalog.schema.embedded, ...catalog.schema.embeddedMigrations];
    if (values.fulltext && store.engine === 'neo4j') {
      for (const text of catalog.schema.neo4jFullText) {
        const outcome = await applyFullTextIndex(store, catalog.queries, text);
        statements.push(text);
        if (outcome === 'rebuilt')
          process.stdout.write('full-text index rebuilt: its definition had changed\n');
      }
      // The index fills in the background; searching it before it is online fails.
      await store.read(catalog.queries.awaitIndexes, { timeoutSeconds: 600 });
    }
    for (const statement of statements) process.stdout.write(`  ${summarise(statement)}\n`);
    process.stdout.write(`applied ${statements.length} schema statements to ${target}\n`);
    if (values.fulltext && store.engine !== 'neo4j') {
      process.stdout.write(
        'no full-text index: it is for Neo4j only; the embedded engine searches with the in-process index\n',
      );
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`db:migrate failed: ${message}\n`);
  process.exit(exitCodeFor(error));
});
