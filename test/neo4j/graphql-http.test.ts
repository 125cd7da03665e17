import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadExampleOperations } from '../../src/server/ide/examples.js';
import { schemaDir } from '../../src/paths.js';
import { join } from 'node:path';
import { seedNeo4j } from '../conformance/neo4j-target.js';
import { startTestApi, type TestApi } from '../support/api-server.js';
import {
  startServeProcess,
  stopProcess,
  waitForReady,
  type ServeProcess,
} from '../support/serve-process.js';

// End to end on Neo4j: the seed command loads the seed graph into the Neo4j that NEO4J_URI
// names, `npm start`'s entry point serves it as a real process, and every example operation
// the IDE ships (the relational questions among them: shared weaknesses, arrangement
// partners, similar forces, grade comparison, paths, neighbourhood, timeline, search) gets
// over HTTP exactly the answer the API gives on the embedded engine seeded from the same files.

const examples = await loadExampleOperations(join(schemaDir, 'examples'));

async function post(url: string, query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('the API served on Neo4j over HTTP, against the embedded answers', () => {
  let onNeo4j: ServeProcess;
  let embedded: TestApi;
  before(async () => {
    await seedNeo4j();
    onNeo4j = await startServeProcess({ ...process.env });
    embedded = await startTestApi();
  });
  after(async () => {
    if (onNeo4j) await stopProcess(onNeo4j.child);
    await embedded?.close();
  });

  it('is ready: /readyz answers 200 once the seeded Neo4j answers and the search index is built', async () => {
    await waitForReady(onNeo4j.url);
    assert.equal((await fetch(onNeo4j.url.replace(/graphql$/, 'readyz'))).status, 200);
  });

  it('ships example operations for the relational questions', () => {
    const names = examples.map((example) => example.name);
    for (const question of [
      'SharedWeaknesses',
      'ArrangementPartners',
      'SimilarForces',
      'GradeComparison',
      'Paths',
    ]) {
      assert.ok(names.includes(question), `${question} in ${names.join(', ')}`);
    }
  });

  for (const example of examples) {
    it(`answers ${example.name} exactly as the embedded engine does`, async () => {
      const neo4j = await post(onNeo4j.url, example.query);
      const reference = await post(embedded.url, example.query);
      assert.equal(reference.status, 200);
      const body = reference.body as { data?: Record<string, unknown>; errors?: unknown };
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.ok(
        Object.values(body.data ?? {}).some((value) => value !== null),
        'the answer has data',
      );
      assert.equal(neo4j.status, 200);
      assert.deepEqual(neo4j.body, reference.body);
    });
  }
});
