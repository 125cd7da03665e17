import { it } from 'node:test';
import { readConfig } from '../../src/config/config.js';
import { describeStoreTarget } from '../../src/cli/store-target.js';
import { describeConformance } from '../conformance/harness.js';
import { openNeo4jTarget } from '../conformance/neo4j-target.js';

// The same suite on Neo4j whenever NEO4J_URI is set (`npm run test:neo4j`, or `npm test` with
// NEO4J_URI in the environment); otherwise one skipped test says so.
if (process.env.NEO4J_URI?.trim()) {
  const config = readConfig();
  describeConformance(describeStoreTarget(config), () => openNeo4jTarget(config));
} else {
  it('runs the conformance suite on Neo4j', {
    skip: 'skipped Neo4j: NEO4J_URI is not set (see docs/scale-out.md, npm run test:neo4j)',
  });
}
