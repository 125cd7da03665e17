import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { schemaDir } from '../../src/paths.js';
import { loadExampleOperations } from '../../src/server/ide/examples.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

/** The example operations of the relational questions (schema/examples/), by operation name. */
const questionExamples = [
  'SharedWeaknesses',
  'ArrangementPartners',
  'SimilarForces',
  'GradeComparison',
  'Paths',
  'Neighbourhood',
  'ForceTimeline',
];

describe('IDE examples of the relational questions', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  it('ships one example per question, each answered with data within the default limits', async () => {
    const examples = await loadExampleOperations(join(schemaDir, 'examples'));
    for (const name of questionExamples) {
      const example = examples.find((e) => e.name === name);
      assert.ok(example, `an example named ${name}`);
      const { status, body } = await api.graphql(example.query);
      assert.equal(status, 200, `${name}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.errors, undefined, name);
      const [answer] = Object.values(body.data ?? {});
      assert.ok(Array.isArray(answer) ? answer.length > 0 : answer, `${name} finds something`);
    }
  });

  it('answers every example of the IDE without errors within the default limits', async () => {
    const examples = await loadExampleOperations(join(schemaDir, 'examples'));
    for (const example of examples) {
      const { status, body } = await api.graphql(example.query);
      assert.equal(status, 200, `${example.name}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.errors, undefined, example.name);
    }
  });
});
