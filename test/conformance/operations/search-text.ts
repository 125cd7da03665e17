import assert from 'node:assert/strict';
import { checkOperation, type ConformanceOperation } from '../operation.js';

/**
 * Search over the reports' narrative (passages and sections), its filters, acronyms both ways,
 * quoted phrases, and nothing rather than unrelated hits. Expected hits are read from the seed
 * reports (line numbers of seed/reports/) and the vocabulary.
 */

interface Hit {
  type: string;
  snippet: string | null;
  item: {
    __typename: string;
    id: string;
    text?: string;
    heading?: string;
    code?: string | null;
    theme?: { id: string } | null;
  };
}

/** A page of hits: `search` is a connection. */
interface Hits {
  nodes: Hit[];
}

const hit = `nodes { type snippet item { __typename ... on Node { id }
  ... on Passage { text theme { id } } ... on Finding { text theme { id } }
  ... on Recommendation { text theme { id } } ... on Section { heading code theme { id } } } }`;
const met2007 = '2007-10-metropolitan-police-inspection';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016';

export const searchTextOperations: readonly ConformanceOperation[] = [
  checkOperation<{ passages: Hits; sections: Hits; standard: Hits }>({
    name: 'search: finds passages of the narrative and sections by their heading or code',
    // PEEL l.310: "…the force introduced its MetTrace burglary reduction initiative…"; l.746 heading;
    // major crime l.439 "MC07 Summary".
    query: `{
      passages: search(query: "MetTrace burglary", types: [PASSAGE], first: 5) { ${hit} }
      sections: search(query: "victims of domestic abuse", types: [SECTION], first: 5) { ${hit} }
      standard: search(query: "MC07", types: [SECTION], first: 5) { ${hit} }
    }`,
    check: ({
      passages: { nodes: passages },
      sections: { nodes: sections },
      standard: { nodes: standard },
    }) => {
      assert.equal(standard[0]?.item.code, 'MC07');
      assert.equal(standard[0]?.item.heading, 'MC07 Summary');
      assert.ok(passages.length > 0);
      assert.ok(passages.every((h) => h.type === 'PASSAGE' && h.item.__typename === 'Passage'));
      assert.match(passages[0]!.item.text ?? '', /MetTrace burglary reduction initiative/);
      assert.match(passages[0]!.snippet ?? '', /«MetTrace»/);
      assert.equal(sections[0]?.item.heading, 'Victims of domestic abuse');
    },
  }),
  checkOperation<{ spelled: Hits; acronym: Hits }>({
    name: 'search: an acronym finds its expansion and the expansion its acronym',
    // Met 2007 l.622: "The MPS launched its corporate MIB on 1 April 2007" (units vocabulary: MIB =
    // Metropolitan intelligence bureau); 2008 l.301 spells out "Metropolitan intelligence bureau (MIB)".
    query: `{
      spelled: search(query: "Metropolitan intelligence bureau", types: [FINDING], reportIds: ["${met2007}"], first: 20) { ${hit} }
      acronym: search(query: "MIB", types: [FINDING], first: 20) { ${hit} }
    }`,
    check: ({ spelled: { nodes: spelled }, acronym: { nodes: acronym } }) => {
      assert.ok(
        spelled.some((h) => /corporate MIB on 1 April 2007/.test(h.item.text ?? '')),
        'the finding that only says MIB',
      );
      assert.ok(spelled.every((h) => h.item.id.startsWith(met2007)));
      for (const h of spelled) assert.match(h.snippet ?? '', /«/);
      assert.ok(acronym.length >= spelled.length);
    },
  }),
  checkOperation<{ quoted: Hits; loose: Hits }>({
    name: 'search: words in quotes must stand together',
    query: `{
      quoted: search(query: "\\"risk assessment\\"", types: [PASSAGE, FINDING], first: 100) { ${hit} }
      loose: search(query: "risk assessment", types: [PASSAGE, FINDING], first: 100) { ${hit} }
    }`,
    check: ({ quoted: { nodes: quoted }, loose: { nodes: loose } }) => {
      assert.ok(quoted.length > 0 && quoted.length < loose.length);
      // Every hit prints the phrase, or an acronym standing for it: RAMP in the Met 2007 glossary
      // (l.1509: risk assessment management process), MARAC and MARAP in the initiatives vocabulary.
      for (const h of quoted)
        assert.match(h.item.text ?? '', /risk[ -]assessments?|\b(RAMP|MARAC|MARAP)\b/i, h.item.id);
      const looseIds = new Set(loose.map((h) => h.item.id));
      assert.ok(quoted.every((h) => looseIds.has(h.item.id)));
    },
  }),
  checkOperation<{ theme: Hits; report: Hits; force: Hits }>({
    name: 'search: limited to a theme, a report or a force',
    query: `{
      theme: search(query: "MARAC", types: [FINDING, RECOMMENDATION, PASSAGE, SECTION], themeIds: ["protecting-vulnerable-people/domestic-violence"], first: 50) { ${hit} }
      report: search(query: "safeguarding", types: [PASSAGE], reportIds: ["${peel}"], first: 50) { ${hit} }
      force: search(query: "safeguarding", types: [PASSAGE, FINDING], forceIds: ["west-midlands-police"], first: 50) { ${hit} }
    }`,
    check: ({ theme: { nodes: theme }, report: { nodes: report }, force: { nodes: force } }) => {
      assert.ok(theme.length > 0 && report.length > 0 && force.length > 0);
      // Items on the theme or a sub-theme only; partner agencies and units have no theme.
      for (const h of theme)
        assert.match(h.item.theme?.id ?? '', /^protecting-vulnerable-people\/domestic-violence/);
      assert.ok(report.every((h) => h.item.id.startsWith(peel)));
      assert.ok(force.every((h) => h.item.id.startsWith('2007-10-west-midlands-police')));
    },
  }),
  {
    name: 'search: an operation the reports never name finds nothing',
    query: '{ search(query: "Operation Nimrod") { totalCount nodes { score } } }',
    data: { search: { totalCount: 0, nodes: [] } },
  },
  checkOperation<{
    search: {
      nodes: {
        type: string;
        item: { __typename: string; text: string; report: { id: string }; force: { id: string } };
      }[];
    };
  }>({
    name: 'search: findings and recommendations answer through their TextItem interface',
    query: `{ search(query: "succession planning", types: [FINDING, RECOMMENDATION], first: 10) {
      nodes { type item { __typename ... on TextItem { text report { id } force { id } } } }
    } }`,
    check: ({ search }) => {
      assert.ok(search.nodes.length > 0);
      for (const { type, item } of search.nodes) {
        assert.equal(item.__typename, type === 'FINDING' ? 'Finding' : 'Recommendation');
        assert.match(item.text, /succession/i);
        // Report ids begin with the month and the inspected force's id (docs/ingestion.md).
        assert.ok(
          item.report.id.includes(item.force.id),
          `${item.report.id} is on ${item.force.id}`,
        );
      }
    },
  }),
];
