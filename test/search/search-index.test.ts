import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { toSearchDocuments, type SearchDocument } from '../../src/search/search-documents.js';
import {
  buildSearchIndex,
  findDocumentsWithAllWords,
  searchIndex,
  type SearchRequest,
} from '../../src/search/search-index.js';

/** A document of no report, force or theme, without alternate names. */
const unscoped = { reportIds: [], forceIds: [], themeIds: [], alternates: [] } as const;

function finding(id: string, text: string): SearchDocument {
  return { id, type: 'FINDING', name: null, acronym: null, aliases: [], body: [text], ...unscoped };
}

const documents: SearchDocument[] = [
  finding('f1', 'The force has no succession planning for neighbourhood teams.'),
  finding('f2', 'Succession is discussed; planning of shifts is weekly.'),
  finding('f3', 'Neighbourhood planning meetings are held monthly.'),
  finding('f4', 'Officers are trained in safeguarding children and vulnerable adults.'),
  finding('f5', 'The domestic violence unit is well resourced.'),
  {
    id: 'i1',
    type: 'INITIATIVE',
    name: 'Multi-agency safeguarding hub',
    acronym: 'MASH',
    aliases: [],
    body: ['Safeguarding agencies share information about children in one place.'],
    ...unscoped,
  },
  {
    id: 'p1',
    type: 'PARTNER_AGENCY',
    name: "Children's services",
    acronym: null,
    aliases: ['children services'],
    body: [],
    ...unscoped,
  },
  {
    id: 'u1',
    type: 'UNIT',
    name: 'Community safety unit',
    acronym: 'CSU',
    aliases: [],
    body: [],
    ...unscoped,
  },
];

const index = buildSearchIndex(documents);
const ask = (query: string, extra: Partial<SearchRequest> = {}) =>
  searchIndex(index, { query, types: null, limit: 20, ...extra });
const ids = (query: string, extra: Partial<SearchRequest> = {}) =>
  ask(query, extra).map((match) => match.id);

describe('the in-process search index', () => {
  it('ranks items holding every word of the query, and only those when there are any', () => {
    assert.deepEqual(ids('succession planning').sort(), ['f1', 'f2']);
  });

  it('ranks the item where the words stand together in a shorter text first', () => {
    assert.equal(ids('succession planning')[0], 'f1');
  });

  it('finds nothing rather than items holding only some words of a short query', () => {
    assert.deepEqual(ids('succession unicorn'), []);
    assert.deepEqual(ids('Operation Nimrod'), []);
  });

  it('falls back to items holding all but one word of a longer query when none holds them all', () => {
    assert.deepEqual(ids('succession planning unicorn').sort(), ['f1', 'f2']);
    assert.deepEqual(ids('succession unicorn dragon'), []);
  });

  it('requires the words of a quoted phrase to stand together, in order', () => {
    assert.deepEqual(ids('"succession planning"'), ['f1']);
    assert.deepEqual(ids('"planning succession"'), []);
  });

  it('ignores case, accents and punctuation in the query', () => {
    assert.deepEqual(ids('SUCCESSION, plánning!').sort(), ['f1', 'f2']);
  });

  it('matches a word by its beginning from three letters', () => {
    assert.deepEqual(ids('safeguard').sort(), ['f4', 'i1']);
  });

  it('forgives one typo in a long word but not in a short acronym', () => {
    assert.deepEqual(ids('violance'), ['f5']);
    assert.deepEqual(ids('MASK'), []);
    assert.deepEqual(ids('mash'), ['i1']);
  });

  it('weights a match in a name above the same word in body text', () => {
    assert.deepEqual(ids('safeguarding'), ['i1', 'f4']);
  });

  it('returns only the requested types', () => {
    assert.deepEqual(ids('safeguarding', { types: ['FINDING'] }), ['f4']);
    assert.deepEqual(ids('children', { types: ['PARTNER_AGENCY', 'UNIT'] }), ['p1']);
    assert.deepEqual(ids('children', { types: [] }), []);
  });

  it('returns at most `limit` matches, best first, by id among equal scores', () => {
    const all = ask('planning');
    assert.equal(ask('planning', { limit: 1 })[0]!.id, all[0]!.id);
    assert.equal(ask('planning', { limit: 0 }).length, 0);
    for (let i = 1; i < all.length; i += 1) {
      const [a, b] = [all[i - 1]!, all[i]!];
      assert.ok(
        a.score > b.score || (a.score === b.score && a.id < b.id),
        `${a.id} before ${b.id}`,
      );
    }
  });

  it('matches nothing for a query of stop words or punctuation only', () => {
    assert.deepEqual(ids('the of and'), []);
    assert.deepEqual(ids('!!! ???'), []);
  });

  it('treats an injection-looking query as plain words', () => {
    assert.deepEqual(ids("x' OR 1=1 //) MATCH (n) DETACH DELETE n"), []);
    assert.equal(index.size, documents.length);
  });

  it('cuts each snippet from the item’s own text and marks the matching words', () => {
    const [match] = ask('succession planning', { types: ['FINDING'] });
    assert.equal(match!.snippet, 'The force has no «succession planning» for neighbourhood teams.');
    const [hub] = ask('mash');
    assert.equal(hub!.snippet, '«MASH»');
    const [partner] = ask('children', { types: ['PARTNER_AGENCY'] });
    assert.equal(partner!.snippet, "«Children»'s services");
  });

  it('marks the document word a prefix or typo matched, not the query word', () => {
    const [match] = ask('violance');
    assert.equal(match!.snippet, 'The domestic «violence» unit is well resourced.');
  });

  it('reports the type and a positive score of each match', () => {
    const [match] = ask('community safety');
    assert.equal(match!.type, 'UNIT');
    assert.ok(match!.score > 0);
  });

  it('skips a second document with an id it already holds', () => {
    const twice = buildSearchIndex([finding('x', 'first text'), finding('x', 'second text')]);
    assert.equal(twice.size, 1);
    assert.deepEqual(
      searchIndex(twice, { query: 'second', types: null, limit: 5 }).map((m) => m.id),
      [],
    );
  });
});

describe('the "all words occur" filter', () => {
  it('lists the items of one type holding every word, whole words in any case, in id order', () => {
    assert.deepEqual(findDocumentsWithAllWords(index, 'FINDING', 'PLANNING succession'), [
      'f1',
      'f2',
    ]);
    assert.deepEqual(findDocumentsWithAllWords(index, 'FINDING', 'neighbourhood'), ['f1', 'f3']);
  });

  it('requires whole words, stop words included, and allows no typo', () => {
    assert.deepEqual(findDocumentsWithAllWords(index, 'FINDING', 'plan'), []);
    assert.deepEqual(findDocumentsWithAllWords(index, 'FINDING', 'the force'), ['f1']);
    assert.deepEqual(findDocumentsWithAllWords(index, 'FINDING', 'violance'), []);
  });

  it('says "no filter" (null) for a text without words', () => {
    assert.equal(findDocumentsWithAllWords(index, 'FINDING', ' ... '), null);
  });
});

describe('search documents from query rows', () => {
  it('keeps the text columns of each type, drops blanks and repeats, and skips rows without id', () => {
    const [initiative, ...rest] = toSearchDocuments('INITIATIVE', [
      {
        id: 'i',
        name: 'Scheme',
        acronym: null,
        description: 'Same text.',
        problem: 'Same text.',
        solution: ' ',
        outcome: 'Better.',
      },
      { name: 'no id' },
    ]);
    assert.deepEqual(initiative, {
      id: 'i',
      type: 'INITIATIVE',
      name: 'Scheme',
      acronym: null,
      aliases: [],
      body: ['Same text.', 'Better.'],
      ...unscoped,
    });
    assert.deepEqual(rest, []);
    const [partner] = toSearchDocuments('PARTNER_AGENCY', [
      { id: 'p', name: 'Probation', acronym: 'NPS', aliases: ['probation service', 3] },
    ]);
    assert.deepEqual(partner!.aliases, ['probation service']);
    assert.deepEqual(partner!.body, []);
  });
});
