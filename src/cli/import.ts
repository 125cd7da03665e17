/**
 * `npm run import -- <export.json>`: loads a JSON export (a GraphDataset,
 * `schema/graph-dataset.schema.json`) into the configured store (Neo4j when NEO4J_URI is set,
 * otherwise the embedded database in DATA_DIR) with the same idempotent, transactional load
 * as ingestion: the file is validated first; `--batch-size` sets rows per statement and
 * `--transaction-rows` (LOAD_TRANSACTION_ROWS) rows per transaction. A file within one
 * transaction's rows is written whole or not at all; a larger one that fails part-way is
 * completed by importing it again.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { readConfig } from '../config/config.js';
import { describeLoad, readLoadOptions } from './batch-size.js';
import { closingStore } from './closing-store.js';
import { describeStoreTarget } from './store-target.js';
import { exitCodeFor, UsageError } from './usage.js';
import { createDatasetValidator } from '../export/validate-dataset.js';
import { loadDataset } from '../graph/load-dataset.js';
import { openConfiguredStore } from '../graph/open-store.js';
import { loadCatalog } from '../graph/queries.js';

const usage =
  'usage: npm run import -- <export.json> [--batch-size <rows>] [--transaction-rows <rows>]';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, 'transaction-rows': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError(usage);
  const load = readLoadOptions(values);
  const file = resolve(invokedFrom, positionals[0]!);
  // Validate before opening the store: a bad file never touches the graph.
  const dataset = createDatasetValidator()(await readJson(file));
  const config = readConfig();
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema);
  const summary = await closingStore(store, (opened) =>
    loadDataset(opened, dataset, catalog.load, load),
  );
  process.stdout.write(
    `imported ${summary.nodes} nodes and ${summary.relationships} relationships from ${file} into ${describeStoreTarget(config)} (${describeLoad(summary, load.batchSize)})\n`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`import failed: ${message}\n`);
  process.exit(exitCodeFor(error));
});
