import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  appendFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { checkCypherFile, formatCypherFinding } from '../../../tooling/cypher-check/check-file.js';
import {
  embeddedMigrationStatements,
  embeddedSchemaStatements,
  generateCypherFiles,
  loadNodeQuery,
  loadRelationshipQuery,
  neo4jFullTextStatements,
  neo4jSchemaStatements,
  nodeExportQuery,
  relationshipExportQuery,
  wipeLabelQuery,
} from '../../../tooling/generate/schema-cypher.js';
import { cypherDir, schemaDir } from '../../../src/paths.js';

const generator = fileURLToPath(
  new URL('../../../tooling/generate/generate-cypher.js', import.meta.url),
);

function runGenerator(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [generator, ...args], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

describe('generated statements', () => {
  it('upserts a node by id, skipping null ids, and sets every declared property explicitly', () => {
    assert.equal(
      loadNodeQuery('Force'),
      'UNWIND $rows AS row\nWITH row\nWHERE row.id IS NOT NULL\nMERGE (n:Force {id: row.id})\nSET n.name = row.name, n.shortName = row.shortName, n.aliases = row.aliases',
    );
  });

  it('upserts a relationship between labelled endpoints, one per report where it carries evidence', () => {
    assert.equal(
      loadRelationshipQuery('TAGGED', 'Finding', 'Topic'),
      'UNWIND $rows AS row\nMATCH (a:Finding {id: row.from})\nMATCH (b:Topic {id: row.to})\nMERGE (a)-[r:TAGGED {reportId: row.reportId}]->(b)\nSET r.cue = row.cue, r.matched = row.matched, r.section = row.section, r.lineStart = row.lineStart, r.lineEnd = row.lineEnd, r.quote = row.quote',
    );
    assert.equal(
      loadRelationshipQuery('INSPECTS', 'Report', 'Force'),
      'UNWIND $rows AS row\nMATCH (a:Report {id: row.from})\nMATCH (b:Force {id: row.to})\nMERGE (a)-[:INSPECTS]->(b)',
    );
  });

  it('declares every FROM/TO pair of a type in one rel table', () => {
    const cites = embeddedSchemaStatements().find((s) => s.includes(' CITES('));
    assert.equal(
      cites,
      'CREATE REL TABLE IF NOT EXISTS CITES(\n  FROM Passage TO Footnote,\n  FROM Finding TO Footnote,\n  FROM Recommendation TO Footnote\n)',
    );
  });

  it('adds columns and FROM/TO pairs idempotently in migrations', () => {
    const migrations = embeddedMigrationStatements();
    assert.ok(migrations.includes('ALTER TABLE Force ADD IF NOT EXISTS aliases STRING[]'));
    assert.ok(
      migrations.includes('ALTER TABLE TAGGED ADD IF NOT EXISTS FROM Recommendation TO Topic'),
    );
    assert.ok(migrations.includes('ALTER TABLE TAGGED ADD IF NOT EXISTS cue STRING'));
  });

  it('gives Neo4j a unique id constraint per label and the lookup indexes', () => {
    const statements = neo4jSchemaStatements();
    assert.ok(
      statements.includes(
        'CREATE CONSTRAINT partner_agency_id_unique IF NOT EXISTS FOR (n:PartnerAgency) REQUIRE n.id IS UNIQUE',
      ),
    );
    assert.ok(
      statements.includes(
        'CREATE INDEX theme_parent_id_index IF NOT EXISTS FOR (n:Theme) ON (n.parentId)',
      ),
    );
  });

  it('pages through the nodes of one label in id order', () => {
    assert.equal(
      nodeExportQuery('PartnerAgency'),
      'MATCH (n:PartnerAgency)\nRETURN n\nORDER BY n.id\nSKIP $skip\nLIMIT $limit',
    );
  });

  it('pages through the relationships of one type and label pair in endpoint order', () => {
    assert.equal(
      relationshipExportQuery('MENTIONS', 'Finding', 'Unit'),
      'MATCH (a:Finding)-[r:MENTIONS]->(b:Unit)\nRETURN a.id AS from, b.id AS to, r\nORDER BY from, to\nSKIP $skip\nLIMIT $limit',
    );
  });

  it('wipes one label in batches and says how many nodes went', () => {
    assert.equal(
      wipeLabelQuery('Force'),
      'MATCH (n:Force)\nWITH n\nLIMIT $limit\nDETACH DELETE n\nRETURN count(*) AS deleted',
    );
  });

  it('gives Neo4j an optional full-text index over the text properties of the labels that have them', () => {
    const [statement] = neo4jFullTextStatements();
    assert.match(
      statement!,
      /^CREATE FULLTEXT INDEX graph_text IF NOT EXISTS FOR \(n:Force\|Report\|/,
    );
    assert.match(statement!, /ON EACH \[n\.name, n\.title, n\.text, /);
    assert.match(statement!, /\|Figure\|/);
    assert.match(statement!, /n\.measure/);
    // A quote repeats its item's text: indexed, it would count every word twice.
    assert.ok(!statement!.includes('quote'), 'provenance quotes are not searched');
  });

  it('produces files that pass the Cypher checker', () => {
    const findings = generateCypherFiles().flatMap((file) =>
      checkCypherFile(`cypher/${file.path}`, file.text),
    );
    assert.deepEqual(findings.map(formatCypherFinding), []);
  });
});

describe('gen:cypher', () => {
  let dir: string;
  let jsonSchemaDir: string;
  const inTemporaryDirs = (...args: string[]) =>
    runGenerator(...args, '--dir', dir, '--schema-dir', jsonSchemaDir);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gen-cypher-'));
    jsonSchemaDir = mkdtempSync(join(tmpdir(), 'gen-schema-'));
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(jsonSchemaDir, { recursive: true, force: true });
  });

  it('finds the committed files up to date with the model', () => {
    const { status, stdout, stderr } = runGenerator(
      '--check',
      '--dir',
      cypherDir,
      '--schema-dir',
      schemaDir,
    );
    assert.equal(status, 0, stderr);
    assert.match(stdout, /generated files are up to date/);
  });

  it('lists missing, changed and left-over files with --check and exits 1, writing nothing', () => {
    assert.equal(inTemporaryDirs().status, 0);
    assert.equal(inTemporaryDirs('--check').status, 0);
    mkdirSync(join(dir, 'queries'), { recursive: true });
    writeFileSync(join(dir, 'queries', 'mine.cypher'), 'RETURN 1 AS one\n');
    writeFileSync(join(dir, 'load', 'delete-things.cypher'), 'RETURN 1 AS one\n');
    appendFileSync(join(dir, 'load', 'nodes', 'force.cypher'), '// edited\n');
    unlinkSync(join(dir, 'schema', 'neo4j.cypher'));
    writeFileSync(join(dir, 'load', 'nodes', 'old-label.cypher'), 'RETURN 1 AS one\n');
    writeFileSync(join(dir, 'maintenance', 'wipe-old-label.cypher'), 'RETURN 1 AS one\n');
    appendFileSync(join(jsonSchemaDir, 'graph-dataset.schema.json'), ' ');

    const { status, stderr } = inTemporaryDirs('--check');
    assert.equal(status, 1);
    const stale = stderr.split('\n').filter((line) => line.startsWith('stale: '));
    assert.deepEqual(
      stale.map((line) => line.replace(dir, '<dir>').replace(jsonSchemaDir, '<schema>')),
      [
        'stale: <dir>/schema/neo4j.cypher (missing)',
        'stale: <dir>/load/nodes/force.cypher (differs)',
        'stale: <dir>/load/nodes/old-label.cypher (not generated by the model)',
        'stale: <dir>/maintenance/wipe-old-label.cypher (not generated by the model)',
        'stale: <schema>/graph-dataset.schema.json (differs)',
      ],
    );
    assert.match(
      readFileSync(join(dir, 'load', 'nodes', 'force.cypher'), 'utf8'),
      /\/\/ edited\n$/,
    );
  });

  it('rewrites stale files and keeps hand-written ones', () => {
    assert.equal(inTemporaryDirs().status, 0);
    assert.equal(inTemporaryDirs('--check').status, 0);
    assert.equal(readFileSync(join(dir, 'queries', 'mine.cypher'), 'utf8'), 'RETURN 1 AS one\n');
    assert.equal(
      readFileSync(join(dir, 'load', 'delete-things.cypher'), 'utf8'),
      'RETURN 1 AS one\n',
    );
  });
});
