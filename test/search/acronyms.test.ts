import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { buildAcronymTable, listAlternateNames } from '../../src/search/acronyms.js';
import { addAlternates } from '../../src/search/read-search-documents.js';
import type { SearchDocument } from '../../src/search/search-documents.js';
import { buildSearchIndex, searchIndex } from '../../src/search/search-index.js';

const units = buildAcronymTable([
  { acronym: 'MIB', expansion: 'Metropolitan intelligence bureau' },
  { acronym: 'Jigsaw', expansion: 'not an acronym at all' },
  { acronym: 'AC (TP)', expansion: 'Assistant Commissioner (Territorial Policing)' },
]);

function document(
  id: string,
  type: SearchDocument['type'],
  text: string,
  reportIds: string[] = [],
  extra: Partial<SearchDocument> = {},
): SearchDocument {
  return {
    id,
    type,
    name: null,
    acronym: null,
    aliases: [],
    body: [text],
    reportIds,
    forceIds: [],
    themeIds: [],
    alternates: [],
    ...extra,
  };
}

describe('acronyms both ways', () => {
  it('gives the expansion of an acronym a text prints, and the acronym of an expansion it spells out', () => {
    assert.deepEqual(
      listAlternateNames(['The MPS launched its corporate MIB on 1 April 2007.'], [units]),
      [{ name: 'Metropolitan intelligence bureau', printed: 'MIB' }],
    );
    assert.deepEqual(
      listAlternateNames(['Analysis goes through the Metropolitan Intelligence Bureau.'], [units]),
      [{ name: 'MIB', printed: 'metropolitan intelligence bureau' }],
    );
  });

  it('adds nothing the text already says, and matches acronyms by their exact case', () => {
    assert.deepEqual(
      listAlternateNames(['The Metropolitan intelligence bureau (MIB).'], [units]),
      [],
    );
    assert.deepEqual(listAlternateNames(['Mib and mib are not acronyms.'], [units]), []);
  });

  it('takes only one-word acronyms with a capital after their first letter', () => {
    assert.deepEqual([...units.byAcronym.keys()], ['MIB']);
  });

  it("applies a report's glossary to that report's text only, the entities' names everywhere", () => {
    const documents = addAlternates(
      [
        document('u1', 'UNIT', '', [], {
          name: 'Metropolitan intelligence bureau',
          acronym: 'MIB',
          body: [],
        }),
        document('tv', 'FINDING', 'Each PPO has a caseload.', ['thames-valley']),
        document('met', 'FINDING', 'Each PPO is managed by the MIB.', ['met']),
      ],
      [
        { reportId: 'thames-valley', acronym: 'PPO', expansion: 'public protection officer' },
        { reportId: 'met', acronym: 'PPO', expansion: 'prolific and priority offender' },
      ],
    );
    assert.deepEqual(
      documents[1]!.alternates.map((a) => a.name),
      ['public protection officer'],
    );
    assert.deepEqual(
      documents[2]!.alternates.map((a) => a.name),
      ['Metropolitan intelligence bureau', 'prolific and priority offender'],
    );
    assert.deepEqual(documents[0]!.alternates, []);
    const index = buildSearchIndex(documents);
    const ids = (query: string) =>
      searchIndex(index, { query, types: ['FINDING'], limit: 10 }).map((m) => m.id);
    assert.deepEqual(ids('Metropolitan intelligence bureau'), ['met']);
    assert.deepEqual(ids('public protection officer'), ['tv']);
    const [hit] = searchIndex(index, {
      query: 'intelligence bureau',
      types: ['FINDING'],
      limit: 1,
    });
    assert.match(hit!.snippet ?? '', /«MIB»/);
  });
});

describe('search filters', () => {
  const index = buildSearchIndex([
    document('a', 'PASSAGE', 'Safeguarding children is a priority.', ['r1'], {
      forceIds: ['force-1'],
      themeIds: ['pvp', 'pvp/child-abuse'],
    }),
    document('b', 'PASSAGE', 'Safeguarding adults is a priority.', ['r2'], {
      forceIds: ['force-2'],
      themeIds: ['pvp'],
    }),
    document('c', 'SECTION', 'Safeguarding', ['r2'], { forceIds: ['force-2'] }),
  ]);
  const ids = (extra: object) =>
    searchIndex(index, { query: 'safeguarding', types: null, limit: 10, ...extra })
      .map((m) => m.id)
      .sort();

  it('limits hits to forces, reports, themes (sub-themes included) and types, all together', () => {
    assert.deepEqual(ids({ forceIds: ['force-2'] }), ['b', 'c']);
    assert.deepEqual(ids({ reportIds: ['r1'] }), ['a']);
    assert.deepEqual(ids({ themeIds: ['pvp'] }), ['a', 'b']);
    assert.deepEqual(ids({ themeIds: ['pvp/child-abuse'] }), ['a']);
    assert.deepEqual(ids({ forceIds: ['force-2'], types: ['PASSAGE'] }), ['b']);
    assert.deepEqual(ids({ reportIds: [] }), []);
  });
});
