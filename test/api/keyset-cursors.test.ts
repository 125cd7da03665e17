import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

/**
 * Keyset cursors over HTTP against the seed graph (docs/api.md, "Pagination"): a cursor is
 * honoured only by the list and order that issued it; one altered so that it no longer fits
 * (cut short, a key of the wrong shape) or one from another list, another order or an
 * offset-paged list is BAD_USER_INPUT with a message that says which, never a page read from
 * the wrong place. Paging itself is in the conformance suite (operations/paging.ts), which
 * runs on both engines.
 */

interface Page {
  pageInfo: { endCursor: string };
}

/** A page query of one list: `field` with `args`, returning the end cursor of 3 items. */
function listQuery(field: string, args = ''): string {
  return `query ($after: String) { list: ${field}(first: 3, after: $after${args ? `, ${args}` : ''}) { pageInfo { endCursor } } }`;
}

const lists = {
  findingsNewest: listQuery('findings'),
  findingsOldest: listQuery('findings', 'orderBy: { field: PUBLISHED_ON, direction: ASC }'),
  recommendations: listQuery('recommendations'),
  passages: listQuery('passages'),
  sections: listQuery('sections'),
  figures: listQuery('figures'),
  judgementsByDate: listQuery('judgements'),
  judgementsBestFirst: listQuery('judgements', 'orderBy: { field: GRADE, direction: ASC }'),
  judgementsWorstFirst: listQuery('judgements', 'orderBy: { field: GRADE, direction: DESC }'),
  search: listQuery('search', 'query: "domestic abuse"'),
  reportFindings: `query ($after: String) { list: report(id: "2007-10-metropolitan-police-inspection") { findings(first: 3, after: $after) { pageInfo { endCursor } } } }`,
} as const;

type ListName = keyof typeof lists;

function assertRefused(response: GraphQLResponse, message: RegExp, what: string): void {
  assert.equal(response.status, 400, `${what}: ${JSON.stringify(response.body)}`);
  const [error] = response.body.errors ?? [];
  assert.equal(error?.extensions?.code, 'BAD_USER_INPUT', what);
  assert.match(error!.message, message, what);
}

const foreign = /belongs to another list or another order/;
const malformed = /Malformed cursor/;

describe('keyset cursors', () => {
  let api: TestApi;
  const cursors = new Map<ListName, string>();
  before(async () => {
    api = await startTestApi();
    for (const [name, query] of Object.entries(lists)) {
      const response = await api.graphql(query);
      assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
      const data = response.body.data!.list as Page & { findings?: Page };
      cursors.set(name as ListName, (data.findings ?? data).pageInfo.endCursor);
    }
  });
  after(() => api.close());

  const ask = (list: ListName, after: string) => api.graphql(lists[list], { after });

  it('continues a list with the cursor it issued', async () => {
    for (const name of Object.keys(lists) as ListName[]) {
      const response = await ask(name, cursors.get(name)!);
      assert.equal(response.body.errors, undefined, `${name}: ${JSON.stringify(response.body)}`);
    }
  });

  const crossings: [from: ListName, to: ListName][] = [
    ['findingsNewest', 'findingsOldest'],
    ['findingsOldest', 'findingsNewest'],
    ['findingsNewest', 'recommendations'],
    ['recommendations', 'findingsNewest'],
    ['passages', 'sections'],
    ['sections', 'figures'],
    ['figures', 'passages'],
    ['judgementsByDate', 'judgementsBestFirst'],
    ['judgementsBestFirst', 'judgementsWorstFirst'],
    ['findingsNewest', 'judgementsByDate'],
    ['search', 'findingsNewest'],
    ['findingsNewest', 'search'],
    ['reportFindings', 'passages'],
    ['passages', 'reportFindings'],
  ];
  for (const [from, to] of crossings) {
    it(`refuses a cursor of ${from} on ${to} with BAD_USER_INPUT`, async () => {
      assertRefused(await ask(to, cursors.get(from)!), foreign, `${from} -> ${to}`);
    });
  }

  /** The cursor's text with `edit` applied, encoded again as the API encodes cursors. */
  function alter(cursor: string, edit: (text: string) => string): string {
    return Buffer.from(edit(Buffer.from(cursor, 'base64url').toString('utf8'))).toString(
      'base64url',
    );
  }

  const tampered: [what: string, cursor: (real: string) => string][] = [
    ['cut short', (real) => real.slice(0, -6)],
    ['with base64 padding added', (real) => `${real}=`],
    [
      'with a number in the key where a string belongs',
      (real) => alter(real, (t) => t.replace(/\["[^"]*"/, '[7')),
    ],
    ['with one more key value', (real) => alter(real, (t) => t.replace(/\]$/, ',"x"]'))],
    ['with one key value fewer', (real) => alter(real, (t) => t.replace(/,"[^"]*"\]$/, ']'))],
    ['with a fractional key value', (real) => alter(real, (t) => t.replace(/,(\d+),/, ',$1.5,'))],
    ['with a key that is not JSON', (real) => alter(real, (t) => t.replace(/\]$/, ''))],
    ['that is not a cursor at all', () => 'bm90IGEgY3Vyc29y'],
  ];
  for (const [what, make] of tampered) {
    it(`refuses a findings cursor ${what} as malformed`, async () => {
      const cursor = make(cursors.get('findingsNewest')!);
      assert.notEqual(cursor, cursors.get('findingsNewest'));
      assertRefused(await ask('findingsNewest', cursor), malformed, what);
    });
  }

  it('refuses a findings cursor whose list or order was edited as another list', async () => {
    const real = cursors.get('findingsNewest')!;
    for (const edited of [
      alter(real, (t) => t.replace('findings/', 'recommendations/')),
      alter(real, (t) => t.replace('/DESC', '/ASC')),
    ])
      assertRefused(await ask('findingsNewest', edited), foreign, 'edited scope');
  });
});
