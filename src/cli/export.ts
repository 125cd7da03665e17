/**
 * `npm run export -- --format <cypher|csv|graphml|json> --out <path>`: reads the whole graph
 * out of the configured store (Neo4j when NEO4J_URI is set, otherwise the embedded database
 * in DATA_DIR, opened read-only so a running server may keep it) and writes it in one format:
 * `json` (the GraphDataset), `cypher` (a cypher-shell script), `graphml` (one file) or `csv`
 * (a folder for neo4j-admin import). `--batch-size` sets rows per Cypher statement,
 * `--page-size` rows per read. See docs/exports.md.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';

import { readConfig, type AppConfig } from '../config/config.js';
import type { GraphDataset } from '../domain/dataset.js';
import { parseBatchSize } from './batch-size.js';
import { buildCsvExport } from '../export/csv-export.js';
import { defaultCypherBatchSize, renderCypherScript } from '../export/cypher-script.js';
import { findXmlUnsafeValues, renderGraphml } from '../export/graphml-export.js';
import { renderDatasetJson } from '../export/json-export.js';
import { describeStoreTarget } from './store-target.js';
import { exitCodeFor, UsageError } from './usage.js';
import { createDatasetValidator } from '../export/validate-dataset.js';
import { openEmbeddedStore } from '../graph/embedded/embedded-store.js';
import { embeddedDatabaseFile, openConfiguredStore } from '../graph/open-store.js';
import { loadCatalog, type Catalog } from '../graph/queries.js';
import { defaultExportPageSize, readDataset } from '../graph/read-dataset.js';
import type { GraphStore } from '../graph/store.js';

const formats = ['cypher', 'csv', 'graphml', 'json'] as const;
type Format = (typeof formats)[number];

const usage =
  'usage: npm run export -- --format <cypher|csv|graphml|json> --out <path> [--batch-size <rows>] [--page-size <rows>]';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await pipeline(Readable.from(chunks), createWriteStream(path, 'utf8'));
}

/** Only the CSV files of an earlier export are removed, so a re-export leaves no stale label. */
function clearEarlierCsv(dir: string): void {
  for (const sub of ['nodes', 'relationships']) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) if (name.endsWith('.csv')) rmSync(join(folder, name));
  }
}

/** The embedded database is opened read-only: exporting needs no write lock. */
async function openSource(config: AppConfig, catalog: Catalog): Promise<GraphStore> {
  if (config.neo4j) return openConfiguredStore(config, catalog.schema);
  const path = join(config.dataDir, embeddedDatabaseFile);
  if (!existsSync(path)) {
    throw new UsageError(
      `there is no embedded database at ${path} yet: run npm run seed (or npm start) first`,
    );
  }
  return openEmbeddedStore({
    path,
    schemaStatements: catalog.schema.embedded,
    readOnly: true,
    queryTimeoutMs: config.queryTimeoutMs,
  });
}

async function writeExport(
  format: Format,
  out: string,
  dataset: GraphDataset,
  catalog: Catalog,
  batchSize: number,
): Promise<void> {
  switch (format) {
    case 'json':
      return writeChunks(out, renderDatasetJson(dataset));
    case 'cypher':
      return writeChunks(
        out,
        renderCypherScript(dataset, { schemaStatements: catalog.schema.neo4j, batchSize }),
      );
    case 'graphml': {
      const unsafe = findXmlUnsafeValues(dataset);
      if (unsafe.length > 0) {
        process.stderr.write(
          `warning: ${unsafe.length} value(s) hold characters XML 1.0 cannot carry, written as U+FFFD: ${unsafe.slice(0, 5).join('; ')}${unsafe.length > 5 ? '; ...' : ''}\n`,
        );
      }
      return writeChunks(out, renderGraphml(dataset));
    }
    case 'csv': {
      mkdirSync(out, { recursive: true });
      clearEarlierCsv(out);
      for (const file of buildCsvExport(dataset, { schemaStatements: catalog.schema.neo4j }))
        await writeChunks(join(out, file.path), [file.text]);
      return;
    }
  }
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'batch-size': { type: 'string' },
      'page-size': { type: 'string' },
    },
  });
  const format = values.format as Format | undefined;
  if (format === undefined || !formats.includes(format) || values.out === undefined) {
    throw new UsageError(usage);
  }
  return {
    format,
    out: resolve(invokedFrom, values.out),
    batchSize: parseBatchSize('--batch-size', values['batch-size'], defaultCypherBatchSize),
    pageSize: parseBatchSize('--page-size', values['page-size'], defaultExportPageSize),
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const config = readConfig();
  const catalog = loadCatalog();
  const store = await openSource(config, catalog);
  let dataset: GraphDataset;
  try {
    dataset = await readDataset(store, catalog.export, { pageSize: options.pageSize });
  } finally {
    await store.close();
  }
  // The export is the documented contract: a store holding values the model does not allow
  // is reported here rather than written into a file that will not import.
  createDatasetValidator()(dataset);
  await writeExport(options.format, options.out, dataset, catalog, options.batchSize);
  process.stdout.write(
    `exported ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships from ${describeStoreTarget(config)} as ${options.format} to ${options.out}\n`,
  );
  if (dataset.nodes.length === 0) {
    process.stderr.write(
      'warning: the graph is empty: run npm run seed to load the seed reports\n',
    );
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`export failed: ${message}\n`);
  process.exit(exitCodeFor(error));
});
