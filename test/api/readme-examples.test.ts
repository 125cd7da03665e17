import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../src/paths.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

/**
 * Every GraphQL example of README.md (its fenced `graphql` blocks) runs against the real
 * endpoint on the seed graph, within the default limits, without an error and with something
 * in each answer: an example broke silently once when a list became a connection.
 *
 * An example that declares variables takes them from a fenced `json` block right after it
 * that holds `{ "variables": { ... } }`; the test fails if there is none.
 */

interface ReadmeExample {
  /** 1-based line of the block's opening fence in README.md. */
  line: number;
  query: string;
  variables?: Record<string, unknown>;
}

/** The fenced code blocks of a Markdown text, in order, with their info string. */
function listFencedBlocks(markdown: string): { info: string; line: number; text: string }[] {
  const blocks: { info: string; line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    assert.ok(end > i, `README.md:${i + 1}: a fence that is never closed`);
    blocks.push({ info: open[1]!, line: i + 1, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** The README's GraphQL examples, each with the variables the block after it gives. */
function listReadmeExamples(markdown: string): ReadmeExample[] {
  const blocks = listFencedBlocks(markdown);
  return blocks.flatMap((block, i) => {
    if (block.info !== 'graphql') return [];
    const next = blocks[i + 1];
    if (!/^\s*(query|subscription|mutation)?\s*\w*\s*\(\s*\$/.test(block.text))
      return [{ line: block.line, query: block.text }];
    assert.ok(
      next?.info === 'json',
      `README.md:${block.line}: the example declares variables; give them in a json block after it`,
    );
    const { variables } = JSON.parse(next.text) as { variables?: Record<string, unknown> };
    assert.ok(variables, `README.md:${next.line}: the json block has no "variables"`);
    return [{ line: block.line, query: block.text, variables }];
  });
}

/** Whether an answer holds something: a non-empty list, a non-null value, a page with nodes. */
function holdsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value === null || value === undefined) return false;
  if (typeof value === 'object' && 'nodes' in value) return holdsSomething(value.nodes);
  return true;
}

describe('README examples', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  const examples = listReadmeExamples(readFileSync(join(projectRoot, 'README.md'), 'utf8'));

  it('finds the examples', () => {
    assert.ok(examples.length >= 4, `${examples.length} examples`);
  });

  for (const example of examples) {
    it(`answers the example at README.md:${example.line} without errors`, async () => {
      const { status, body } = await api.graphql(example.query, example.variables ?? {});
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(status, 200);
      for (const [field, answer] of Object.entries(body.data ?? {}))
        assert.ok(holdsSomething(answer), `${field} answers nothing`);
    });
  }

  it('reads the variables an example declares from the json block after it', () => {
    const markdown = [
      '```graphql',
      'query ($id: ID!) { report(id: $id) { title } }',
      '```',
      '',
      '```json',
      '{ "variables": { "id": "r" } }',
      '```',
    ].join('\n');
    assert.deepEqual(listReadmeExamples(markdown), [
      { line: 1, query: 'query ($id: ID!) { report(id: $id) { title } }', variables: { id: 'r' } },
    ]);
    assert.throws(
      () => listReadmeExamples('```graphql\nquery Q($id: ID!) { report(id: $id) { title } }\n```'),
      /declares variables/,
    );
  });
});
