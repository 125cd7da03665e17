import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { schemaDir } from '../../src/paths.js';
import { loadExampleOperations } from '../../src/server/ide/examples.js';
import { parseSeed } from '../ingest/harness.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

/**
 * Figures over HTTP against the seed graph on the embedded engine: the root connection and
 * its filters, the nested `figures` of a force and a report (same filter, same answers), the
 * lookups, and what a figure links to. Expected counts come from parsing the seed reports.
 */

const peelId = '2017-03-metropolitan-police-peel-effectiveness-2016';
const peelFile = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';

interface FigureNode {
  id: string;
  value: number;
  unit: string;
  measure: string;
  period: string | null;
  comparator: {
    kind: string;
    value: number;
    upTo: number | null;
    unit: string;
    label: string;
  } | null;
  evidence: { lines: { start: number; end: number }; quote: string };
}

interface Page {
  totalCount: number;
  nodes: FigureNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const figureFields =
  'id value unit measure period comparator { kind value upTo unit label } evidence { lines { start end } quote }';
const figuresQuery = `query($filter: FigureFilter, $first: Int, $after: String) {
  figures(filter: $filter, first: $first, after: $after) {
    totalCount nodes { ${figureFields} } pageInfo { hasNextPage endCursor }
  }
}`;

describe('figures over HTTP', () => {
  let api: TestApi;
  let peel: ParsedReport;
  before(async () => {
    [api, peel] = await Promise.all([startTestApi(), parseSeed(peelFile)]);
  });
  after(async () => {
    await api.close();
  });

  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { status, body } = await api.graphql(query, variables);
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data as T;
  }

  const figures = async (filter: Record<string, unknown>, first = 100, after?: string) =>
    (await data<{ figures: Page }>(figuresQuery, { filter, first, after })).figures;

  it('lists the figures compared with England and Wales, the issue example among them', async () => {
    const page = await figures({ reportIds: [peelId], comparedWith: ['ENGLAND_AND_WALES'] });
    const expected = peel.figures.filter((f) => f.comparator?.kind === 'ENGLAND_AND_WALES');
    assert.equal(page.totalCount, expected.length);
    assert.ok(expected.length >= 10);
    const groups = page.nodes.find((f) => f.value === 84);
    assert.ok(groups, 'the 84 organised crime groups per million');
    assert.deepEqual(
      [groups.unit, groups.measure, groups.period, groups.comparator],
      [
        'PER_MILLION_POPULATION',
        'organised crime groups',
        'as at 1 July 2016',
        {
          kind: 'ENGLAND_AND_WALES',
          value: 46,
          upTo: null,
          unit: 'PER_MILLION_POPULATION',
          label: 'England and Wales',
        },
      ],
    );
    assert.deepEqual(groups.evidence.lines, { start: 821, end: 821 });
    assert.match(groups.evidence.quote, /84 organised crime groups/);
  });

  it('filters by unit, by words and by target, and pages through every figure once', async () => {
    const percent = await figures({ reportIds: [peelId], units: ['PERCENT'] });
    assert.equal(percent.totalCount, peel.figures.filter((f) => f.unit === 'PERCENT').length);
    assert.ok(percent.nodes.every((f) => f.unit === 'PERCENT'));
    const cse = await figures({ text: 'child sexual exploitation', comparedWith: ['TARGET'] });
    assert.deepEqual(
      cse.nodes.map((f) => [f.value, f.comparator?.value]),
      [[31, 50]],
    );
    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page: Page = await figures({ reportIds: [peelId] }, 17, after);
      assert.equal(page.totalCount, peel.figures.length);
      for (const f of page.nodes) seen.add(f.id);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    assert.equal(seen.size, peel.figures.length);
  });

  it('includes sub-themes unless exactTheme, and matches nothing for unknown ids', async () => {
    const parent = 'peel-effectiveness';
    const deep = await figures({ reportIds: [peelId], themeIds: [parent] });
    const exact = await figures({ reportIds: [peelId], themeIds: [parent], exactTheme: true });
    assert.equal(deep.totalCount, peel.figures.filter((f) => f.themeId?.startsWith(parent)).length);
    assert.equal(exact.totalCount, peel.figures.filter((f) => f.themeId === parent).length);
    assert.ok(deep.totalCount > exact.totalCount);
    assert.equal((await figures({ forceIds: ['no-such-force'] })).totalCount, 0);
    assert.equal((await figures({ units: [] })).totalCount, 0);
  });

  it("gives a force's and a report's figures with the root filter's answers", async () => {
    const filter = { comparedWith: ['ENGLAND_AND_WALES'], units: ['PERCENT'] };
    const nested = await data<{
      force: { figures: Page };
      report: { figures: Page };
    }>(
      `query($filter: FigureFilter) {
        force(id: "metropolitan-police") { figures(filter: $filter, first: 100) { totalCount nodes { id } } }
        report(id: "${peelId}") { figures(filter: $filter, first: 100) { totalCount nodes { id } } }
      }`,
      { filter },
    );
    const root = await figures({ ...filter, forceIds: ['metropolitan-police'] });
    assert.deepEqual(
      nested.force.figures.nodes.map((f) => f.id),
      root.nodes.map((f) => f.id),
    );
    assert.deepEqual(
      nested.report.figures.nodes.map((f) => f.id),
      root.nodes.map((f) => f.id).filter((id) => id.startsWith(peelId)),
    );
  });

  it('looks a figure up by id, and links it to its report, force, theme and list item or passage', async () => {
    const id = `${peelId}/figure/${peel.figures.findIndex((f) => f.value === 84) + 1}`;
    const found = await data<{
      figure: {
        value: number;
        report: { id: string };
        force: { id: string };
        theme: { id: string };
      };
      node: { __typename: string };
      missing: null;
    }>(
      `{ figure(id: "${id}") { value report { id } force { id } theme { id } }
         node(id: "${id}") { __typename }
         missing: figure(id: "no-such-figure") { id } }`,
    );
    assert.deepEqual(found.figure, {
      value: 84,
      report: { id: peelId },
      force: { id: 'metropolitan-police' },
      theme: { id: 'peel-effectiveness/tackling-serious-and-organised-crime' },
    });
    assert.equal(found.node.__typename, 'Figure');
    assert.equal(found.missing, null);
    const listed = await data<{
      figures: { nodes: { statedIn: { __typename: string } | null }[] };
    }>(
      `{ figures(filter: { reportIds: ["2007-10-thames-valley-police-inspection"] }, first: 100) {
           nodes { statedIn { __typename } } } }`,
    );
    const kinds = new Set(listed.figures.nodes.map((f) => f.statedIn?.__typename ?? null));
    // A figure in a list item is stated in it, one in a prose paragraph in its passage; one in
    // a table or a survey row in neither.
    assert.ok(
      kinds.has('Finding') && kinds.has('Initiative') && kinds.has('Passage') && kinds.has(null),
      [...kinds].join(),
    );
  });

  it('answers the IDE example of figures compared with England and Wales', async () => {
    const examples = await loadExampleOperations(join(schemaDir, 'examples'));
    const example = examples.find((e) => e.name === 'FiguresComparedWithEnglandAndWales');
    assert.ok(example);
    const result = await data<{ figures: { totalCount: number; nodes: FigureNode[] } }>(
      example.query,
    );
    assert.ok(result.figures.totalCount >= 10);
    assert.ok(result.figures.nodes.every((f) => f.comparator?.label === 'England and Wales'));
  });

  it('finds a figure with search', async () => {
    const result = await data<{
      search: { nodes: { type: string; item: { __typename: string; value: number } }[] };
    }>(
      `{ search(query: "MetTrace reduction", types: [FIGURE], first: 5) { nodes { type item { __typename ... on Figure { value } } } } }`,
    );
    const hits = result.search.nodes;
    assert.ok(hits.length > 0);
    assert.ok(hits.every((hit) => hit.type === 'FIGURE' && hit.item.__typename === 'Figure'));
    assert.ok(hits.some((hit) => hit.item.value === 26.2));
  });
});
