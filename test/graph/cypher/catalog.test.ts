import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import {
  listCypherFiles,
  loadQueryCatalog,
  loadSchemaStatements,
  nodeLoadQueryName,
  QueryCatalogError,
  relationshipLoadQueryName,
  splitSchemaStatements,
} from '../../../src/graph/catalog.js';
import { cypherDir } from '../../../src/paths.js';

describe('query catalog', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    mkdirSync(join(dir, 'queries'));
    mkdirSync(join(dir, 'load', 'nodes'), { recursive: true });
    writeFileSync(
      join(dir, 'queries', 'b.cypher'),
      '// params: (none)\nMATCH (n:Force)\nRETURN n\n',
    );
    writeFileSync(join(dir, 'queries', 'a.cypher'), 'RETURN 1 AS one\n');
    writeFileSync(join(dir, 'queries', 'empty.cypher'), '// params: (none)\n\n');
    writeFileSync(join(dir, 'load', 'nodes', 'force.cypher'), 'RETURN 2 AS two\n');
    writeFileSync(join(dir, 'queries', 'notes.txt'), 'not a query');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads named files keyed by name with their text unchanged but for trailing space', () => {
    const catalog = loadQueryCatalog(dir, ['queries/b', 'load/nodes/force']);
    assert.deepEqual(catalog['queries/b'], {
      name: 'queries/b',
      text: '// params: (none)\nMATCH (n:Force)\nRETURN n',
    });
    assert.equal(catalog['load/nodes/force'].text, 'RETURN 2 AS two');
  });

  it('names a missing file relative to the project and says why', () => {
    assert.throws(
      () => loadQueryCatalog(cypherDir, ['queries/forces-all', 'queries/no-such-query']),
      (error: unknown) =>
        error instanceof QueryCatalogError &&
        error.message ===
          'cannot load query queries/no-such-query from cypher/queries/no-such-query.cypher: file not found',
    );
  });

  it('rejects a file that holds only comments', () => {
    assert.throws(
      () => loadQueryCatalog(dir, ['queries/empty']),
      /queries\/empty.cypher: the file holds no statement/,
    );
  });

  it('lists .cypher files recursively in path order', () => {
    const files = listCypherFiles(dir).map((file) => file.slice(dir.length + 1));
    assert.deepEqual(files, [
      'load/nodes/force.cypher',
      'queries/a.cypher',
      'queries/b.cypher',
      'queries/empty.cypher',
    ]);
  });

  it('names load queries after the label, type and endpoint labels in kebab case', () => {
    assert.equal(nodeLoadQueryName('PartnerAgency'), 'load/nodes/partner-agency');
    assert.equal(
      relationshipLoadQueryName('MENTIONS', 'Finding', 'PartnerAgency'),
      'load/relationships/mentions--finding--partner-agency',
    );
    assert.equal(
      relationshipLoadQueryName('MOST_SIMILAR_TO', 'Force', 'Force'),
      'load/relationships/most-similar-to--force--force',
    );
  });
});

describe('schema scripts', () => {
  it('splits statements at line-ending semicolons and drops comment lines', () => {
    const text =
      '// header; with a semicolon;\nCREATE A(\n  x STRING\n);\n  // note\nCREATE B(y INT64);   \nCREATE C(z STRING)\n';
    assert.deepEqual(splitSchemaStatements(text), [
      'CREATE A(\n  x STRING\n)',
      'CREATE B(y INT64)',
      'CREATE C(z STRING)',
    ]);
  });

  it('reads the generated embedded DDL as one statement per table', () => {
    const statements = loadSchemaStatements(join(cypherDir, 'schema', 'embedded.cypher'));
    assert.ok(statements.length > 0);
    for (const statement of statements)
      assert.match(statement, /^CREATE (NODE|REL) TABLE IF NOT EXISTS \w+\(/);
  });

  it('names a missing schema file', () => {
    assert.throws(
      () => loadSchemaStatements(join(cypherDir, 'schema', 'nope.cypher')),
      /cypher\/schema\/nope.cypher: file not found/,
    );
  });
});
