import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import {
  resolveConnection,
  sliceConnection,
  toConnection,
  type Connection,
} from '../../src/api/pagination/connection.js';
import {
  decodeCursor,
  encodeKeyCursor,
  encodeOffsetCursor,
} from '../../src/api/pagination/cursor.js';
import { keysetOrder, readKeysetWindow, toKeysetParams } from '../../src/api/pagination/keyset.js';
import {
  estimatePageSize,
  maxPageSize,
  readPageWindow,
} from '../../src/api/pagination/page-window.js';

/** Asserts that `run` throws a BAD_USER_INPUT error that makes the response HTTP 400. */
function assertBadUserInput(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof GraphQLError);
    assert.equal(error.extensions.code, 'BAD_USER_INPUT');
    assert.deepEqual(error.extensions.http, { status: 400 });
    assert.match(error.message, message);
    return true;
  });
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** The graph version the cursors below are issued under, and a later one. */
const version = '3592/14924';
const later = '3592/14924+1';
const readVersion = () => Promise.resolve(version);

describe('cursors', () => {
  it('round-trips a position and the graph version through an opaque cursor', () => {
    for (const offset of [0, 1, 19, 123_456])
      assert.deepEqual(decodeCursor(encodeOffsetCursor(offset, version)), {
        kind: 'offset',
        offset,
        version,
      });
    assert.doesNotMatch(encodeOffsetCursor(7, version), /offset|7|3592/);
  });

  const forged: [string, string][] = [
    ['text that is not base64 of a cursor', 'hello'],
    ['an empty string', ''],
    ['a cursor without a graph version (as issued before versions)', base64url('offset:3')],
    ['a negative offset', base64url(`${version}|offset:-1`)],
    ['an offset with a leading zero', base64url(`${version}|offset:01`)],
    ['a fractional offset', base64url(`${version}|offset:1.5`)],
    ['an offset too large to be real', base64url(`${version}|offset:12345678901`)],
    ['padded base64 of a valid cursor', `${encodeOffsetCursor(3, version)}=`],
    ['an injection-looking string', "1' OR 1=1 //"],
  ];
  for (const [what, cursor] of forged) {
    it(`refuses ${what} with BAD_USER_INPUT`, () => {
      assertBadUserInput(() => decodeCursor(cursor), /Malformed cursor/);
    });
  }
});

describe('keyset cursors and windows', () => {
  const order = keysetOrder('items', 'NAME/ASC', { name: 'string', rank: 'int', id: 'string' });

  it('round-trips a sort key, its list and order, and the graph version, opaquely', () => {
    const cursor = encodeKeyCursor(order.scope, ['Avon', 3, 'avon/3'], version);
    assert.deepEqual(decodeCursor(cursor), {
      kind: 'key',
      scope: 'items/NAME/ASC',
      key: ['Avon', 3, 'avon/3'],
      version,
    });
    assert.doesNotMatch(cursor, /Avon|items|3592/);
  });

  it('starts the first page from the start, with placeholders of each column type', () => {
    const window = readKeysetWindow({ first: 2 }, order);
    assert.deepEqual(toKeysetParams(order, window), {
      fromStart: true,
      limit: 3,
      afterName: '',
      afterRank: 0,
      afterId: '',
    });
  });

  it('starts a later page after the key the cursor carries', () => {
    const after = encodeKeyCursor(order.scope, ['Avon', 3, 'avon/3'], version);
    const window = readKeysetWindow({ first: 2, after }, order);
    assert.equal(window.issuedUnder, version);
    assert.deepEqual(toKeysetParams(order, window), {
      fromStart: false,
      limit: 3,
      afterName: 'Avon',
      afterRank: 3,
      afterId: 'avon/3',
    });
  });

  it('refuses an offset cursor, another order and a key of the wrong shape', () => {
    const other = keysetOrder('items', 'NAME/DESC', { name: 'string', rank: 'int', id: 'string' });
    assertBadUserInput(
      () => readKeysetWindow({ after: encodeOffsetCursor(3, version) }, order),
      /another list or another order/,
    );
    assertBadUserInput(
      () =>
        readKeysetWindow({ after: encodeKeyCursor(other.scope, ['a', 1, 'b'], version) }, order),
      /another list or another order/,
    );
    for (const key of [
      ['a', 'b', 'c'],
      ['a', 1],
      ['a', 1, 'b', 'c'],
    ])
      assertBadUserInput(
        () => readKeysetWindow({ after: encodeKeyCursor(order.scope, key, version) }, order),
        /Malformed cursor/,
      );
    assertBadUserInput(
      () => readPageWindow({ after: encodeKeyCursor(order.scope, ['a', 1, 'b'], version) }),
      /another list or another order/,
    );
  });
});

describe('page windows', () => {
  it('asks for 20 items from the start when nothing is given, fetching one more', () => {
    assert.deepEqual(readPageWindow({}), { first: 20, skip: 0, limit: 21, issuedUnder: null });
    assert.deepEqual(readPageWindow({ first: null, after: null }), {
      first: 20,
      skip: 0,
      limit: 21,
      issuedUnder: null,
    });
  });

  it('starts after the item the cursor names, and keeps the version it was issued under', () => {
    assert.deepEqual(readPageWindow({ first: 5, after: encodeOffsetCursor(19, version) }), {
      first: 5,
      skip: 20,
      limit: 6,
      issuedUnder: version,
    });
  });

  it(`accepts 0 and ${maxPageSize} items and refuses more than ${maxPageSize}`, () => {
    assert.equal(readPageWindow({ first: 0 }).first, 0);
    assert.equal(readPageWindow({ first: maxPageSize }).first, maxPageSize);
    assertBadUserInput(() => readPageWindow({ first: maxPageSize + 1 }), /at most 100, got 101/);
    assertBadUserInput(() => readPageWindow({ first: 1_000_000 }), /at most 100/);
  });

  it('refuses a negative page size', () => {
    assertBadUserInput(() => readPageWindow({ first: -1 }), /from 0 to 100, got -1/);
  });

  it('estimates out-of-range page sizes as the nearest allowed one, for cost estimates', () => {
    assert.equal(estimatePageSize(undefined), 20);
    assert.equal(estimatePageSize(7), 7);
    assert.equal(estimatePageSize(1_000_000), maxPageSize);
    assert.equal(estimatePageSize(-5), 0);
  });
});

describe('building connections from fetched rows', () => {
  it('returns `first` edges and says a next page exists when the extra row came back', () => {
    const window = readPageWindow({ first: 2 });
    const connection = toConnection(['a', 'b', 'c'], window, 10, version);
    assert.deepEqual(
      connection.edges.map((e) => e.node),
      ['a', 'b'],
    );
    assert.deepEqual(connection.pageInfo, {
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeOffsetCursor(0, version),
      endCursor: encodeOffsetCursor(1, version),
    });
    assert.equal(connection.totalCount, 10);
  });

  it('gives cursors by absolute position and ends the list on a short page', () => {
    const window = readPageWindow({ first: 2, after: encodeOffsetCursor(7, version) });
    const connection = toConnection(['i', 'j'], window, 10, version);
    assert.deepEqual(
      connection.edges.map((e) => decodeCursor(e.cursor)),
      [8, 9].map((offset) => ({ kind: 'offset', offset, version })),
    );
    assert.equal(connection.pageInfo.hasNextPage, false);
    assert.equal(connection.pageInfo.hasPreviousPage, true);
  });

  it('answers an empty page with null cursors', () => {
    const connection = toConnection([], readPageWindow({ first: 0 }), 3, version);
    assert.deepEqual(connection.edges, []);
    assert.deepEqual(connection.pageInfo, {
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('walks a whole list page by page with endCursor, every item once and in order', () => {
    const items = Array.from({ length: 45 }, (_, i) => `item-${i}`);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Connection<string> = sliceConnection(items, { first: 20, after }, version);
      pages += 1;
      assert.equal(page.totalCount, 45);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, items);
  });
});

describe('lazy connections', () => {
  function countingSource(items: string[]) {
    const calls = { fetchPage: 0, count: 0 };
    return {
      calls,
      source: {
        fetchPage: async (window: { skip: number; limit: number }) => {
          calls.fetchPage += 1;
          return items.slice(window.skip, window.skip + window.limit);
        },
        count: async () => {
          calls.count += 1;
          return items.length;
        },
      },
    };
  }

  it('counts without fetching rows when only totalCount is read', async () => {
    const { calls, source } = countingSource(['a', 'b', 'c']);
    const connection = resolveConnection({ first: 2 }, source, readVersion);
    assert.equal(await connection.totalCount, 3);
    assert.deepEqual(calls, { fetchPage: 0, count: 1 });
  });

  it('fetches the page once for edges and pageInfo, and never counts', async () => {
    const { calls, source } = countingSource(['a', 'b', 'c']);
    const connection = resolveConnection({ first: 2 }, source, readVersion);
    const [edges, pageInfo] = await Promise.all([connection.edges, connection.pageInfo]);
    assert.deepEqual(
      edges.map((e) => e.node),
      ['a', 'b'],
    );
    assert.equal(pageInfo.hasNextPage, true);
    assert.deepEqual(calls, { fetchPage: 1, count: 0 });
  });

  it('refuses a bad page request before touching the source', () => {
    const { calls, source } = countingSource(['a']);
    assertBadUserInput(() => resolveConnection({ first: 101 }, source, readVersion), /at most 100/);
    assertBadUserInput(
      () => resolveConnection({ after: 'nope' }, source, readVersion),
      /Malformed cursor/,
    );
    assert.deepEqual(calls, { fetchPage: 0, count: 0 });
  });

  it('refuses a cursor from another graph version before fetching the page', async () => {
    const { calls, source } = countingSource(['a', 'b', 'c']);
    const after = encodeOffsetCursor(0, version);
    const connection = resolveConnection({ first: 2, after }, source, () => Promise.resolve(later));
    await assert.rejects(connection.nodes, (error: unknown) => {
      assert.ok(error instanceof GraphQLError);
      assert.equal(error.extensions.code, 'BAD_USER_INPUT');
      assert.match(error.message, /graph changed since this cursor was issued; start again/);
      return true;
    });
    assert.deepEqual(calls, { fetchPage: 0, count: 0 });
    assertBadUserInput(
      () => sliceConnection(['a', 'b'], { after }, later),
      /graph changed since this cursor was issued/,
    );
  });
});
