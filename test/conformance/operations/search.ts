import assert from 'node:assert/strict';
import { expectedTopics } from '../../fixtures/topics.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';

/**
 * Ranked search (docs/api.md): ranked in the server from documents read out of the graph, so
 * both engines must give the same hits in the same order. Expected hits come from the
 * vocabulary's names and acronyms and from the fixtures' item texts.
 */

interface Hit {
  type: string;
  score: number;
  snippet: string | null;
  item: { __typename: string; id: string; text?: string; name?: string };
}

interface Searches {
  mash: { nodes: Hit[] };
  cps: { nodes: Hit[] };
  succession: { totalCount: number; nodes: Hit[] };
  nothing: { totalCount: number; nodes: Hit[] };
}

/** Best first; equal scores by id. */
function assertRanked(hits: readonly Hit[], what: string): void {
  for (let i = 1; i < hits.length; i += 1) {
    const [a, b] = [hits[i - 1]!, hits[i]!];
    assert.ok(
      a.score > b.score || (a.score === b.score && a.item.id < b.item.id),
      `${what}: ${a.item.id} (${a.score}) before ${b.item.id} (${b.score})`,
    );
  }
}

const succession = expectedTopics.find((t) => t.topics.includes('succession-planning'))!;

const hit = `nodes { type score snippet item {
  __typename ... on Finding { id text } ... on Initiative { id name } ... on PartnerAgency { id name }
} }`;

export const searchOperations: readonly ConformanceOperation[] = [
  checkOperation<Searches>({
    name: 'search: ranks an arrangement by its acronym, a partner by its name and findings by their words, best first',
    query: `{
      mash: search(query: "MASH", types: [INITIATIVE], first: 5) { ${hit} }
      cps: search(query: "crown prosecution", types: [PARTNER_AGENCY], first: 5) { ${hit} }
      succession: search(query: "succession planning", types: [FINDING], first: 20) { totalCount ${hit} }
      nothing: search(query: "succession planning", types: []) { totalCount ${hit} }
    }`,
    check: (data) => {
      const [mash, cps, hits] = [data.mash.nodes, data.cps.nodes, data.succession.nodes];
      assert.ok(data.succession.totalCount >= hits.length);
      assert.equal(mash[0]?.item.id, 'initiative/multi-agency-safeguarding-hub');
      assert.equal(cps[0]?.item.id, 'partner/crown-prosecution-service');
      assert.ok(mash.every((h) => h.type === 'INITIATIVE' && h.item.__typename === 'Initiative'));
      assert.ok(cps.every((h) => h.type === 'PARTNER_AGENCY'));
      assert.ok(
        hits.some((h) => h.item.text?.startsWith(succession.text.slice(0, 60))),
        `${succession.source} is found`,
      );
      assert.ok(hits.every((h) => h.type === 'FINDING' && h.item.__typename === 'Finding'));
      for (const [what, list] of Object.entries({ mash, cps, succession: hits })) {
        assertRanked(list, what);
        for (const { snippet } of list) assert.match(snippet ?? '', /«[^»]+»/, `${what} snippet`);
      }
      assert.deepEqual(data.nothing, { totalCount: 0, nodes: [] });
    },
  }),
  {
    name: 'search: a blank query is BAD_USER_INPUT',
    query: '{ search(query: "   ") { totalCount } }',
    errorCodes: ['BAD_USER_INPUT'],
  },
];
