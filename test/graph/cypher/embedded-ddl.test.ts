import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import lbug from '@ladybugdb/core';

import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type PropertyType,
  type RelationshipType,
} from '../../../src/domain/model.js';
import { loadTypingRow, relationshipLoadTypingRow } from '../../../src/graph/typing-rows.js';
import {
  loadQueryCatalog,
  loadSchemaStatements,
  nodeLoadQueryName,
  relationshipLoadQueryName,
} from '../../../src/graph/catalog.js';
import { cypherDir } from '../../../src/paths.js';

type Value = string | number | boolean | null | string[] | number[];
type Row = Record<string, Value>;

const labels = Object.keys(nodeLabels) as NodeLabel[];
const pairs = (Object.keys(relationshipTypes) as RelationshipType[]).flatMap((type) =>
  relationshipTypes[type].pairs.map(([from, to]) => ({ type, from, to })),
);
const schemaFile = join(cypherDir, 'schema', 'embedded.cypher');
const migrationsFile = join(cypherDir, 'schema', 'embedded-migrations.cypher');

const sampleValues: Record<PropertyType, Value> = {
  STRING: 'text',
  INT64: 42,
  DOUBLE: 2.5,
  BOOLEAN: true,
  'STRING[]': ['first', 'second'],
  'INT64[]': [3, 5],
};

/** A row with a sample value for every property, or null for every property. */
function sampleRow(keys: Row, spec: PropertySpec, filled: boolean): Row {
  const row: Row = { ...keys };
  for (const [key, type] of Object.entries(spec)) row[key] = filled ? sampleValues[type] : null;
  return row;
}

/** A node or relationship value without the engine's `_id`, `_label`, `_src`, `_dst`. */
function propertiesOf(entity: unknown): Record<string, unknown> {
  const entries = Object.entries(entity as Record<string, unknown>);
  return Object.fromEntries(entries.filter(([key]) => !key.startsWith('_')));
}

async function openMemoryDatabase() {
  const db = new lbug.Database(':memory:', 64 * 2 ** 20, true, false, 2 ** 30);
  await db.init();
  const conn = new lbug.Connection(db);
  await conn.init();
  return { db, conn };
}

type Connection = Awaited<ReturnType<typeof openMemoryDatabase>>['conn'];

/**
 * Reads and closes the results: an unclosed QueryResult keeps its share of the buffer pool
 * (a few hundred statements fill a 64 MiB pool).
 */
async function settle(result: lbug.QueryResult | lbug.QueryResult[]) {
  const results = Array.isArray(result) ? result : [result];
  try {
    return (await results.at(-1)!.getAll()) as Record<string, unknown>[];
  } finally {
    for (const each of results) each.close();
  }
}

async function rowsOf(conn: Connection, text: string, params: Record<string, unknown> = {}) {
  const statement = await conn.prepare(text);
  return settle(await conn.execute(statement, params as never));
}

async function runAll(conn: Connection, statements: readonly string[]) {
  for (const statement of statements) await settle(await conn.query(statement));
}

describe('generated embedded DDL and load queries on LadybugDB', () => {
  let handle: Awaited<ReturnType<typeof openMemoryDatabase>>;
  const queries = loadQueryCatalog(cypherDir, [
    ...labels.map(nodeLoadQueryName),
    ...pairs.map(({ type, from, to }) => relationshipLoadQueryName(type, from, to)),
  ]);

  before(async () => {
    handle = await openMemoryDatabase();
  });

  after(async () => {
    await handle.conn.close();
    await handle.db.close();
  });

  it('creates the schema and applies the migrations, twice without error', async () => {
    for (let round = 0; round < 2; round += 1) {
      await runAll(handle.conn, loadSchemaStatements(schemaFile));
      await runAll(handle.conn, loadSchemaStatements(migrationsFile));
    }
    const tables = await rowsOf(handle.conn, 'CALL show_tables() RETURN name');
    const names = new Set(tables.map((t) => t['name']));
    for (const name of [...labels, ...Object.keys(relationshipTypes)])
      assert.ok(names.has(name), name);
  });

  it('loads every label with all properties set, then all null, from the commented catalog text', async () => {
    for (const label of labels) {
      const spec = nodeLabels[label];
      const rows = [
        sampleRow({ id: `${label}-1` }, spec, true),
        sampleRow({ id: `${label}-2` }, spec, false),
      ];
      const query = queries[nodeLoadQueryName(label)];
      assert.match(query.text, /^\/\/ Generated/, 'the text keeps its header comments');
      await rowsOf(handle.conn, query.text, { rows });
      await rowsOf(handle.conn, query.text, { rows });
      const stored = await rowsOf(handle.conn, `MATCH (n:${label}) RETURN n ORDER BY n.id`);
      assert.deepEqual(
        stored.map(({ n }) => propertiesOf(n)),
        rows,
        label,
      );
    }
  });

  it('loads every relationship pair with its properties, once however often it runs', async () => {
    for (const { type, from, to } of pairs) {
      const spec = relationshipTypes[type].properties;
      const rows = [sampleRow({ from: `${from}-1`, to: `${to}-2` }, spec, true)];
      const query = queries[relationshipLoadQueryName(type, from, to)];
      await rowsOf(handle.conn, query.text, { rows });
      await rowsOf(handle.conn, query.text, { rows });
      const stored = await rowsOf(
        handle.conn,
        `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS from, b.id AS to, r`,
      );
      assert.equal(stored.length, 1, `${type} ${from} ${to}`);
      const { r, ...ends } = stored[0]!;
      assert.deepEqual({ ...ends, ...propertiesOf(r) }, rows[0], `${type} ${from} ${to}`);
    }
  });

  it('loads batches whose typed properties are all null behind a typing row', async () => {
    for (const label of labels) {
      const rows = [
        loadTypingRow(label),
        sampleRow({ id: `${label}-null` }, nodeLabels[label], false),
      ];
      await rowsOf(handle.conn, queries[nodeLoadQueryName(label)].text, { rows });
      const stored = await rowsOf(
        handle.conn,
        `MATCH (n:${label}) WHERE n.id = '${label}-null' OR n.id IS NULL RETURN n`,
      );
      assert.deepEqual(
        stored.map(({ n }) => propertiesOf(n)),
        [rows[1]],
        label,
      );
    }
    for (const { type, from, to } of pairs) {
      const spec = relationshipTypes[type].properties;
      const rows = [
        relationshipLoadTypingRow(type),
        sampleRow({ from: `${from}-null`, to: `${to}-null` }, spec, false),
      ];
      await rowsOf(handle.conn, queries[relationshipLoadQueryName(type, from, to)].text, { rows });
      const stored = await rowsOf(
        handle.conn,
        `MATCH (:${from} {id: '${from}-null'})-[r:${type}]->(:${to} {id: '${to}-null'}) RETURN r`,
      );
      assert.deepEqual(
        stored.map(({ r }) => propertiesOf(r)),
        [sampleRow({}, spec, false)],
        `${type} ${from} ${to}`,
      );
    }
  });

  it('skips relationship rows whose endpoints do not exist', async () => {
    const query = queries[relationshipLoadQueryName('TAGGED', 'Finding', 'Topic')];
    await rowsOf(handle.conn, query.text, {
      rows: [
        sampleRow(
          { from: 'Finding-1', to: 'no-such-topic' },
          relationshipTypes.TAGGED.properties,
          true,
        ),
      ],
    });
    const stored = await rowsOf(
      handle.conn,
      "MATCH (:Finding)-[r:TAGGED]->(t:Topic {id: 'no-such-topic'}) RETURN count(r) AS n",
    );
    assert.deepEqual(stored, [{ n: 0 }]);
  });
});

describe('generated embedded migrations on an older database', () => {
  it('add the columns and FROM/TO pairs an older schema lacks', async () => {
    const { db, conn } = await openMemoryDatabase();
    try {
      await runAll(conn, [
        'CREATE NODE TABLE Force(id STRING PRIMARY KEY, name STRING)',
        'CREATE NODE TABLE Recommendation(id STRING PRIMARY KEY)',
        'CREATE NODE TABLE Topic(id STRING PRIMARY KEY)',
        'CREATE REL TABLE TAGGED(FROM Recommendation TO Topic)',
      ]);
      await runAll(conn, loadSchemaStatements(schemaFile));
      await runAll(conn, loadSchemaStatements(migrationsFile));
      const force = loadQueryCatalog(cypherDir, [nodeLoadQueryName('Force')])['load/nodes/force'];
      await rowsOf(conn, force.text, {
        rows: [{ id: 'f', name: 'F', shortName: 'S', aliases: ['a'] }],
      });
      const tagged = relationshipLoadQueryName('TAGGED', 'Finding', 'Topic');
      await rowsOf(conn, "CREATE (:Finding {id: 'x'}), (:Topic {id: 't'})");
      await rowsOf(conn, loadQueryCatalog(cypherDir, [tagged])[tagged].text, {
        rows: [
          {
            ...sampleRow({ from: 'x', to: 't' }, relationshipTypes.TAGGED.properties, true),
            cue: 'training',
          },
        ],
      });
      const stored = await rowsOf(
        conn,
        'MATCH (f:Force) MATCH (:Finding)-[r:TAGGED]->(:Topic) RETURN f.aliases AS aliases, r.cue AS cue',
      );
      assert.deepEqual(stored, [{ aliases: ['a'], cue: 'training' }]);
    } finally {
      await conn.close();
      await db.close();
    }
  });
});
