import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../../src/config/config.js';
import { openConfiguredStore } from '../../src/graph/open-store.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { startTestApi } from '../support/api-server.js';
import type { ConformanceTarget } from './harness.js';

const seedCommand = fileURLToPath(new URL('../../src/cli/seed.js', import.meta.url));

/**
 * Runs `npm run seed -- --target neo4j` (the compiled command, with this process's NEO4J_*
 * environment): idempotent, so a database that already holds the seed graph is unchanged.
 * Its output is shown only when it fails.
 */
export function seedNeo4j(): Promise<void> {
  const child = spawn(process.execPath, [seedCommand, '--target', 'neo4j'], {
    // The seed graph's load is one write transaction, limited by WRITE_TIMEOUT_MS (ten minutes
    // by default), not by the API's per-query limit.
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`npm run seed -- --target neo4j failed (exit ${code}): ${output.trim()}`),
          ),
    );
  });
}

/**
 * The suite's expected answers describe the seed graph and nothing else: a database holding
 * more (other reports, another project's nodes) would fail most operations for a reason
 * unrelated to parity, so it is refused up front with what to do.
 */
export async function assertHoldsOnlySeedGraph(store: GraphStore, catalog: Catalog): Promise<void> {
  const dataset = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
  const [nodes] = await store.read(catalog.queries.nodeCount);
  const [relationships] = await store.read(catalog.queries.relationshipCount);
  const held = {
    nodes: Number(nodes?.['nodes']),
    relationships: Number(relationships?.['relationships']),
  };
  const seed = { nodes: dataset.nodes.length, relationships: dataset.relationships.length };
  if (held.nodes !== seed.nodes || held.relationships !== seed.relationships) {
    throw new Error(
      `the Neo4j database holds ${held.nodes} nodes and ${held.relationships} relationships, the seed graph ${seed.nodes} and ${seed.relationships}: run the conformance suite against a database holding only the seed graph (an empty database, or npm run seed -- --target neo4j --wipe --yes)`,
    );
  }
}

/**
 * Seeds the configured Neo4j through the seed command, opens it through the same
 * `openConfiguredStore` as `npm start` (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
 * pool and timeout settings from the environment) and serves the real API over it.
 */
export async function openNeo4jTarget(config: AppConfig): Promise<ConformanceTarget> {
  await seedNeo4j();
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema);
  try {
    await assertHoldsOnlySeedGraph(store, catalog);
    const api = await startTestApi({ seededStore: store });
    return {
      graphql: (query, variables) => api.graphql(query, variables),
      close: async () => {
        await api.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
