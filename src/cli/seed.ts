/**
 * `npm run seed -- [--target embedded|neo4j] [--wipe] [--yes] [--batch-size <rows>]
 * [--transaction-rows <rows>]`: loads the whole seed graph (every report in seed/reports/) into
 * the target store, idempotently, in batched statements (`--batch-size` or SEED_BATCH_SIZE rows
 * each) committed every `--transaction-rows` or LOAD_TRANSACTION_ROWS rows (default 50,000: the
 * seed graph fits one transaction); a load stopped part-way is completed by running it again.
 * The target defaults to Neo4j when NEO4J_URI is set, else the embedded database in DATA_DIR;
 * `--target neo4j` requires NEO4J_URI.
 *
 * `--wipe` first deletes every node of this project's labels (and their relationships), in
 * batches, one transaction each; nothing else in the database is touched, and the deletions
 * are committed before the load starts. It asks for confirmation on a terminal; without one
 * it needs `--yes`, and refuses otherwise.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

import { readConfig, type AppConfig } from '../config/config.js';
import { nodeLabels, type NodeLabel } from '../domain/model.js';
import { describeLoad, readLoadOptions } from './batch-size.js';
import { closingStore } from './closing-store.js';
import { describeStoreTarget } from './store-target.js';
import { exitCodeFor, UsageError } from './usage.js';
import { loadDataset } from '../graph/load-dataset.js';
import { openConfiguredStore } from '../graph/open-store.js';
import { loadCatalog, type MaintenanceQueryLookup } from '../graph/queries.js';
import type { GraphStore } from '../graph/store.js';
import { ingestFiles } from '../ingest/io/ingest-files.js';
import { listReportFiles } from '../ingest/io/load-reports.js';
import { loadVocabulary } from '../ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../paths.js';

const usage =
  'usage: npm run seed -- [--target embedded|neo4j] [--wipe] [--yes] [--batch-size <rows>] [--transaction-rows <rows>]';

/** Nodes deleted per wipe transaction: small enough for Neo4j's heap with their relationships. */
const wipeBatchSize = 10_000;

const labels = Object.keys(nodeLabels) as NodeLabel[];

function readOptions() {
  const { values } = parseArgs({
    options: {
      target: { type: 'string' },
      wipe: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      'transaction-rows': { type: 'string' },
    },
  });
  if (values.target !== undefined && values.target !== 'embedded' && values.target !== 'neo4j') {
    throw new UsageError(`--target must be embedded or neo4j, got "${values.target}"\n${usage}`);
  }
  const load = readLoadOptions(values, 'SEED_BATCH_SIZE');
  return { target: values.target, wipe: values.wipe, yes: values.yes, load };
}

/** The configuration for the chosen target: the embedded one ignores NEO4J_URI. */
function configFor(config: AppConfig, target: string | undefined): AppConfig {
  if (target === 'neo4j' && !config.neo4j) {
    throw new UsageError(
      '--target neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, optionally NEO4J_DATABASE)',
    );
  }
  return target === 'embedded' ? { ...config, neo4j: undefined } : config;
}

/**
 * True when the wipe may go ahead: `--yes`, or "yes" typed on a terminal. Without a
 * terminal and without `--yes` it refuses (a UsageError), so a script never wipes by accident.
 */
async function confirmWipe(where: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      `--wipe deletes every ${labels.join(', ')} node from ${where}; there is no terminal to confirm on, so add --yes to go ahead`,
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(
      `Delete every ${labels.join(', ')} node (and their relationships) from ${where}? Type yes to go ahead: `,
    );
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    prompt.close();
  }
}

/** Deletes every node of the model's labels, a batch per transaction; returns how many. */
async function wipeLabels(store: GraphStore, queries: MaintenanceQueryLookup): Promise<number> {
  let total = 0;
  for (const label of labels) {
    for (;;) {
      const [row] = await store.writeTransaction((tx) =>
        tx.run(queries.wipe(label), { limit: wipeBatchSize }),
      );
      const deleted = Number(row?.['deleted'] ?? 0);
      total += deleted;
      if (deleted < wipeBatchSize) break;
    }
  }
  return total;
}

async function main(): Promise<void> {
  const options = readOptions();
  const config = configFor(readConfig(), options.target);
  const where = describeStoreTarget(config);
  if (options.wipe && !(await confirmWipe(where, options.yes))) {
    process.stdout.write('nothing deleted or loaded\n');
    return;
  }
  // Parse every report before touching the store: a bad file leaves the graph as it was.
  const dataset = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema, {
    onRecovery: (message) => process.stderr.write(`${message}\n`),
  });
  const summary = await closingStore(store, async (opened) => {
    if (options.wipe) {
      const deleted = await wipeLabels(opened, catalog.maintenance);
      process.stdout.write(`deleted ${deleted} nodes of this project's labels from ${where}\n`);
    }
    return loadDataset(opened, dataset, catalog.load, options.load);
  });
  const reports = dataset.nodes.filter((node) => node.label === 'Report').length;
  process.stdout.write(
    `seeded ${where} with ${reports} reports: ${summary.nodes} nodes, ${summary.relationships} relationships (${describeLoad(summary, options.load.batchSize)})\n`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`seed failed: ${message}\n`);
  process.exit(exitCodeFor(error));
});
