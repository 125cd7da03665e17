import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  openEmbeddedStore,
  type EmbeddedStoreOptions,
} from '../../../src/graph/embedded/embedded-store.js';
import { isSchemaStatement } from '../../../src/graph/embedded/schema-statements.js';
import {
  openTestStore,
  testBufferPoolBytes,
  testMaxDbBytes,
} from '../../support/embedded-store.js';

const oldSchema = [
  'CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING)',
  'CREATE NODE TABLE IF NOT EXISTS Report(id STRING PRIMARY KEY)',
  'CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Report TO Force)',
];
const newSchema = [
  'CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING, area STRING)',
  'CREATE NODE TABLE IF NOT EXISTS Report(id STRING PRIMARY KEY)',
  'CREATE NODE TABLE IF NOT EXISTS Unit(id STRING PRIMARY KEY)',
  'CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Report TO Force, FROM Unit TO Force, quote STRING)',
];
const newMigrations = [
  'ALTER TABLE Force ADD IF NOT EXISTS name STRING',
  'ALTER TABLE Force ADD IF NOT EXISTS area STRING',
  'ALTER TABLE ABOUT ADD IF NOT EXISTS FROM Report TO Force',
  'ALTER TABLE ABOUT ADD IF NOT EXISTS FROM Unit TO Force',
  'ALTER TABLE ABOUT ADD IF NOT EXISTS quote STRING',
];

const columns = (table: string) => ({
  name: 'test/columns',
  text: `CALL table_info('${table}') RETURN name ORDER BY name`,
});
const forceById = { name: 'test/force', text: 'MATCH (f:Force {id: $id}) RETURN f' };

describe('applySchema', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-schema-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const options = (
    path: string,
    schemaStatements: readonly string[],
    migrationStatements?: readonly string[],
  ) =>
    ({
      path,
      schemaStatements,
      ...(migrationStatements ? { migrationStatements } : {}),
      readConnections: 1,
      bufferPoolBytes: testBufferPoolBytes,
      maxDbBytes: testMaxDbBytes,
    }) satisfies EmbeddedStoreOptions;

  it('changes nothing when applied a second time', async () => {
    const store = await openTestStore(newSchema);
    try {
      await store.writeTransaction((tx) =>
        tx.run({
          name: 'test/seed',
          text: "CREATE (:Force {id: 'kent', name: 'Kent', area: 'South East'})",
        }),
      );
      const before = await store.read(columns('Force'));
      await store.applySchema();
      await store.applySchema();
      assert.deepEqual(await store.read(columns('Force')), before);
      assert.deepEqual(await store.read(forceById, { id: 'kent' }), [
        { f: { area: 'South East', id: 'kent', name: 'Kent', _label: 'Force' } },
      ]);
    } finally {
      await store.close();
    }
  });

  it('brings a database file made with an older schema up to date through the migration statements', async () => {
    const path = join(dir, 'evolving.lbug');
    const old = await openEmbeddedStore(options(path, oldSchema));
    await old.applySchema();
    await old.writeTransaction((tx) =>
      tx.run({ name: 'test/seed', text: "CREATE (:Force {id: 'kent', name: 'Kent'})" }),
    );
    await old.close();

    const store = await openEmbeddedStore(options(path, newSchema, newMigrations));
    try {
      await store.applySchema();
      assert.deepEqual(await store.read(columns('Force')), [
        { name: 'area' },
        { name: 'id' },
        { name: 'name' },
      ]);
      assert.deepEqual(await store.read(columns('ABOUT')), [{ name: 'quote' }]);
      await store.writeTransaction(async (tx) => {
        await tx.run({
          name: 'test/set-area',
          text: "MATCH (f:Force {id: 'kent'}) SET f.area = 'South East'",
        });
        await tx.run({
          name: 'test/link-unit',
          text: "MATCH (f:Force {id: 'kent'}) CREATE (:Unit {id: 'mash'})-[:ABOUT {quote: 'q'}]->(f)",
        });
      });
      assert.deepEqual(await store.read(forceById, { id: 'kent' }), [
        { f: { area: 'South East', id: 'kent', name: 'Kent', _label: 'Force' } },
      ]);
    } finally {
      await store.close();
    }
  });

  it('drops prepared statements after a schema change, so cached queries see new columns', async () => {
    // One read connection, so that the second read reuses the statement the first prepared;
    // no parameters, because the engine re-binds a statement only when given parameters.
    const store = await openEmbeddedStore(options(':memory:', oldSchema));
    const allForces = { name: 'test/all-forces', text: 'MATCH (f:Force) RETURN f' };
    try {
      await store.applySchema();
      await store.writeTransaction((tx) =>
        tx.run({ name: 'test/seed', text: "CREATE (:Force {id: 'kent', name: 'Kent'})" }),
      );
      assert.deepEqual(await store.read(allForces), [
        { f: { id: 'kent', name: 'Kent', _label: 'Force' } },
      ]);
      await store.writeTransaction(async (tx) => {
        await tx.run({
          name: 'test/add-area',
          text: 'ALTER TABLE Force ADD IF NOT EXISTS area STRING',
        });
      });
      await store.writeTransaction((tx) =>
        tx.run({
          name: 'test/set-area',
          text: "MATCH (f:Force {id: 'kent'}) SET f.area = 'South East'",
        }),
      );
      assert.deepEqual(await store.read(allForces), [
        { f: { area: 'South East', id: 'kent', name: 'Kent', _label: 'Force' } },
      ]);
    } finally {
      await store.close();
    }
  });

  it('recognises table DDL and nothing else as a schema change', () => {
    assert.ok(isSchemaStatement('CREATE NODE TABLE IF NOT EXISTS A(id STRING PRIMARY KEY)'));
    assert.ok(isSchemaStatement('  create rel table T(FROM A TO B)'));
    assert.ok(isSchemaStatement('ALTER TABLE A ADD IF NOT EXISTS p STRING'));
    assert.ok(isSchemaStatement('DROP TABLE A'));
    assert.ok(!isSchemaStatement("CREATE (:A {id: 'x'})"));
    assert.ok(!isSchemaStatement('MATCH (a:A) RETURN a'));
  });
});
