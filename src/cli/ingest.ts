import { resolve } from 'node:path';
import { readConfig } from '../config/config.js';
import { openConfiguredStore } from '../graph/open-store.js';
import { loadCatalog } from '../graph/queries.js';
import { ingestReportFiles } from '../ingest/load-reports.js';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

const usage = 'usage: npm run ingest -- <report.txt>...';

/**
 * `npm run ingest -- <file.txt>...`: parses the given reports and adds or replaces them in the
 * configured store (embedded DATA_DIR or Neo4j), all in one transaction. A file that cannot
 * be parsed stops the run before anything is written, with a message naming file and line.
 */
async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  const config = readConfig();
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema);
  try {
    const summary = await ingestReportFiles(
      store,
      catalog,
      files.map((file) => resolve(invokedFrom, file)),
    );
    process.stdout.write(
      `ingested ${summary.reports} report(s): ${summary.nodes} nodes, ${summary.relationships} relationships into the ${store.engine} store\n`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ingest failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
