import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { parseStatementsStrs } from '@neo4j-cypher/language-support';

import type { GraphDataset } from '../../src/domain/dataset.js';
import {
  formatCypherString,
  formatCypherValue,
  formatCypherKey,
} from '../../src/export/cypher-literal.js';
import { listCypherScriptStatements, renderCypherScript } from '../../src/export/cypher-script.js';
import { splitSchemaStatements } from '../../src/graph/catalog.js';
import { checkCypherFile, formatCypherFinding } from '../../tooling/cypher-check/check-file.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import type { EmbeddedGraphStore } from '../../src/graph/embedded/embedded-store.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { openTestStore } from '../support/embedded-store.js';
import { buildSampleDataset, trickyStrings } from './sample-dataset.js';

/**
 * Neo4j's front end on one statement, as `npm run lint:cypher` checks a query file (schema
 * commands as a schema script): the findings, formatted.
 */
function lintStatement(statement: string): string[] {
  const file = statement.startsWith('CREATE ') ? 'cypher/schema/x.cypher' : 'export/graph.cypher';
  return checkCypherFile(file, `// params: (none)\n${statement}`).map(formatCypherFinding);
}

/** The first `n` items of every label and (type, FROM, TO) group: every statement shape, small. */
function takeEachGroup(dataset: GraphDataset, n: number): GraphDataset {
  const seen = new Map<string, number>();
  const keep = (key: string) => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count < n;
  };
  return {
    nodes: dataset.nodes.filter((node) => keep(node.label)),
    relationships: dataset.relationships.filter((r) =>
      keep(`${r.type} ${r.fromLabel} ${r.toLabel}`),
    ),
  };
}

describe('Cypher literals', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore();
  });
  after(() => store.close());

  it('spells awkward strings so that a Cypher engine reads back the same text', async () => {
    const strings = [
      ...trickyStrings,
      'control \u0001\u001f\u007f\u0085 chars',
      'line\u2028separator',
      "''\\'\\\\",
    ];
    for (const value of strings) {
      const literal = formatCypherString(value);
      assert.ok(
        !literal.includes('\n') && !literal.includes('\r'),
        'the literal stays on one line',
      );
      const [row] = await store.read({ name: 'test/literal', text: `RETURN ${literal} AS s` });
      assert.equal(row!['s'], value, literal);
      assert.deepEqual(lintStatement(`RETURN ${literal} AS s`), [], literal);
    }
  });

  it('spells every string of the seed graph so that a Cypher engine reads back the same text', async () => {
    const seed = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
    const strings = new Set<string>();
    for (const item of [...seed.nodes, ...seed.relationships]) {
      for (const value of Object.values(item.properties)) {
        if (typeof value === 'string') strings.add(value);
        if (Array.isArray(value)) for (const element of value) strings.add(String(element));
      }
    }
    for (const node of seed.nodes) strings.add(node.id);
    const values = [...strings];
    for (let start = 0; start < values.length; start += 500) {
      const batch = values.slice(start, start + 500);
      const [row] = await store.read({
        name: 'test/literals',
        text: `RETURN [${batch.map(formatCypherString).join(', ')}] AS s`,
      });
      assert.deepEqual(row!['s'], batch);
    }
  });

  it('writes floats with a fraction, so an integral DOUBLE stays a float in Neo4j', () => {
    assert.equal(formatCypherValue(5, 'DOUBLE'), '5.0');
    assert.equal(formatCypherValue(-0.25, 'DOUBLE'), '-0.25');
    assert.equal(formatCypherValue(1e21, 'DOUBLE'), '1e+21');
    assert.equal(formatCypherValue(5, 'INT64'), '5');
    assert.equal(formatCypherValue([1, 2], 'INT64[]'), '[1, 2]');
    assert.equal(formatCypherValue(['a', "b'"], 'STRING[]'), "['a', 'b\\'']");
    assert.equal(formatCypherValue([], 'STRING[]'), '[]');
    assert.equal(formatCypherValue(null, 'BOOLEAN'), 'null');
    assert.equal(formatCypherValue(false, 'BOOLEAN'), 'false');
  });

  it('refuses values that do not fit the declared type or have no literal', () => {
    assert.throws(() => formatCypherValue('5', 'INT64'), TypeError);
    assert.throws(() => formatCypherValue(2.5, 'INT64'), RangeError);
    assert.throws(() => formatCypherValue(Number.NaN, 'DOUBLE'), RangeError);
    assert.throws(() => formatCypherValue([1], 'STRING[]'), TypeError);
  });

  it('puts map keys that are not plain identifiers in backticks', () => {
    assert.equal(formatCypherKey('lineStart'), 'lineStart');
    assert.equal(formatCypherKey('odd key`'), '`odd key```');
  });
});

describe('the cypher export script', () => {
  let catalog: Catalog;
  let seed: GraphDataset;
  before(async () => {
    catalog = loadCatalog();
    seed = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
  });

  it('starts with the Neo4j constraints and indexes, then nodes, then relationships, in batches', () => {
    const sample = buildSampleDataset();
    const statements = listCypherScriptStatements(sample, {
      schemaStatements: catalog.schema.neo4j,
      batchSize: 1,
    });
    const schemaCount = catalog.schema.neo4j.length;
    assert.deepEqual(statements.slice(0, schemaCount), catalog.schema.neo4j);
    const data = statements.slice(schemaCount);
    assert.equal(data.length, sample.nodes.length + sample.relationships.length);
    const firstRelationship = data.findIndex((s) => s.includes('MATCH (a:'));
    assert.equal(firstRelationship, sample.nodes.length);
    assert.ok(data.every((s) => s.startsWith('UNWIND [')));
  });

  it('recreates nodes with MERGE on id and an explicit SET, leaving nulls out of the rows', () => {
    const [statement] = listCypherScriptStatements(
      {
        nodes: [
          {
            label: 'Force',
            id: "o'brien",
            properties: { name: 'X', shortName: null, aliases: [] },
          },
        ],
        relationships: [],
      },
      { schemaStatements: [] },
    );
    assert.equal(
      statement,
      "UNWIND [\n  {id: 'o\\'brien', name: 'X', aliases: []}\n] AS row\nMERGE (n:Force {id: row.id})\nSET n.name = row.name, n.shortName = row.shortName, n.aliases = row.aliases",
    );
  });

  it('passes Neo4j front end statement by statement, for every statement shape the seed graph and the model use', () => {
    const seedSample = takeEachGroup(seed, 1);
    const sample = buildSampleDataset();
    const dataset: GraphDataset = {
      nodes: [...seedSample.nodes, ...sample.nodes],
      relationships: [...seedSample.relationships, ...sample.relationships],
    };
    const statements = listCypherScriptStatements(dataset, {
      schemaStatements: catalog.schema.neo4j,
      batchSize: 3,
    });
    const findings = statements.flatMap((statement, index) =>
      lintStatement(statement).map((finding) => `statement ${index + 1}: ${finding}`),
    );
    assert.deepEqual(findings, []);
  });

  it('splits into exactly its statements, by line and by the Neo4j lexer, for the whole seed graph', () => {
    const options = { schemaStatements: catalog.schema.neo4j };
    const statements = listCypherScriptStatements(seed, options);
    const script = [...renderCypherScript(seed, options)].join('');
    assert.match(script, new RegExp(`^// Inspection graph: ${seed.nodes.length} nodes`));
    assert.deepEqual(splitSchemaStatements(script), statements);
    const lexed = parseStatementsStrs(script).map((s) =>
      s
        .replace(/;$/, '')
        .replace(/^(\s*\/\/[^\n]*\n)*\s*/, '')
        .trim(),
    );
    assert.deepEqual(lexed, statements);
  });
});
