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
  node: { __typename: string; id: string; text?: string; name?: string };
}

interface Searches {
  mash: Hit[];
  cps: Hit[];
  succession: Hit[];
  nothing: Hit[];
}

/** Best first; equal scores by id. */
function assertRanked(hits: readonly Hit[], what: string): void {
  for (let i = 1; i < hits.length; i += 1) {
    const [a, b] = [hits[i - 1]!, hits[i]!];
    assert.ok(
      a.score > b.score || (a.score === b.score && a.node.id < b.node.id),
      `${what}: ${a.node.id} (${a.score}) before ${b.node.id} (${b.score})`,
    );
  }
}

const succession = expectedTopics.find((t) => t.topics.includes('succession-planning'))!;

const hit = `type score snippet node {
  __typename id ... on Finding { text } ... on Initiative { name } ... on PartnerAgency { name }
}`;

export const searchOperations: readonly ConformanceOperation[] = [
  checkOperation<Searches>({
    name: 'search: ranks an arrangement by its acronym, a partner by its name and findings by their words, best first',
    query: `{
      mash: search(query: "MASH", types: [INITIATIVE], first: 5) { ${hit} }
      cps: search(query: "crown prosecution", types: [PARTNER_AGENCY], first: 5) { ${hit} }
      succession: search(query: "succession planning", types: [FINDING], first: 20) { ${hit} }
      nothing: search(query: "succession planning", types: []) { ${hit} }
    }`,
    check: ({ mash, cps, succession: hits, nothing }) => {
      assert.equal(mash[0]?.node.id, 'initiative/multi-agency-safeguarding-hub');
      assert.equal(cps[0]?.node.id, 'partner/crown-prosecution-service');
      assert.ok(mash.every((h) => h.type === 'INITIATIVE' && h.node.__typename === 'Initiative'));
      assert.ok(cps.every((h) => h.type === 'PARTNER_AGENCY'));
      assert.ok(
        hits.some((h) => h.node.text?.startsWith(succession.text.slice(0, 60))),
        `${succession.source} is found`,
      );
      assert.ok(hits.every((h) => h.type === 'FINDING' && h.node.__typename === 'Finding'));
      for (const [what, list] of Object.entries({ mash, cps, succession: hits })) {
        assertRanked(list, what);
        for (const { snippet } of list) assert.match(snippet ?? '', /«[^»]+»/, `${what} snippet`);
      }
      assert.deepEqual(nothing, []);
    },
  }),
  {
    name: 'search: a blank query is BAD_USER_INPUT',
    query: '{ search(query: "   ") { score } }',
    errorCodes: ['BAD_USER_INPUT'],
  },
];
