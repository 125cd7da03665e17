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

  it("answers the examples of the report's text: a section's passages, the standards without areas for improvement, search by acronym", async () => {
    const examples = await loadExampleOperations(join(schemaDir, 'examples'));
    async function run<T>(name: string): Promise<T> {
      const example = examples.find((e) => e.name === name);
      assert.ok(example, `an example named ${name}`);
      const { status, body } = await api.graphql(example.query);
      assert.equal(status, 200, `${name}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.errors, undefined, name);
      return body.data as T;
    }
    const { section } = await run<{
      section: { passages: { nodes: { evidence: { lines: { start: number } } }[] } };
    }>('PassagesOfASection');
    const starts = section.passages.nodes.map((p) => p.evidence.lines.start);
    assert.ok(starts.length > 0);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      'reading order',
    );
    const { sections } = await run<{
      sections: { nodes: { code: string; findingCounts: { kind: string; count: number }[] }[] };
    }>('StandardsWithoutImprovementAreas');
    assert.ok(sections.nodes.length > 0);
    for (const standard of sections.nodes) {
      assert.match(standard.code, /^MC\d\d$/);
      const none = standard.findingCounts.find((c) => c.kind === 'AREA_FOR_IMPROVEMENT');
      assert.equal(none?.count, 0, `${standard.code} prints "None." and lists none`);
    }
    const { search } = await run<{ search: { nodes: { snippet: string }[] } }>('SearchAcronyms');
    assert.ok(search.nodes.some((hit) => /«MIB»/.test(hit.snippet)));
  });
});
