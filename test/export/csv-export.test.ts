import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import type {
  DatasetNode,
  DatasetRelationship,
  GraphDataset,
  Properties,
  PropertyValue,
} from '../../src/domain/dataset.js';
import type { NodeLabel, RelationshipType } from '../../src/domain/model.js';
import { buildCsvExport, type ExportFile } from '../../src/export/csv-export.js';
import { formatCsvRecord, formatCsvText } from '../../src/export/csv-field.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { readCsv, type CsvField } from './csv-reader.js';
import { buildSampleDataset } from './sample-dataset.js';

/** The `--array-delimiter` the import script passes, as a character. */
function arrayDelimiterOf(files: readonly ExportFile[]): string {
  const script = files.find((file) => file.path === 'import.sh')!.text;
  const option = /--array-delimiter='([^']+)'/.exec(script)![1]!;
  return option.startsWith('U+') ? String.fromCodePoint(parseInt(option.slice(2), 16)) : option;
}

function parseField(field: CsvField, type: string, delimiter: string): PropertyValue {
  if (field.text === '' && !field.quoted) return null;
  switch (type) {
    case 'string':
      return field.text;
    case 'long':
    case 'double':
      return Number(field.text);
    case 'boolean':
      return field.text === 'true';
    case 'string[]':
      return field.text.split(delimiter);
    case 'long[]':
      return field.text.split(delimiter).map(Number);
    default:
      throw new Error(`unexpected column type ${type}`);
  }
}

function parseProperties(
  header: readonly CsvField[],
  record: readonly CsvField[],
  delimiter: string,
): Properties {
  const properties: Properties = {};
  header.forEach((column, index) => {
    const [key, type] = column.text.split(':');
    if (key === '' || type?.startsWith('ID(')) return;
    properties[key!] = parseField(record[index]!, type!, delimiter);
  });
  return properties;
}

/** Reads the files back into a dataset, the way neo4j-admin reads them. */
function readCsvExport(files: readonly ExportFile[]): GraphDataset {
  const delimiter = arrayDelimiterOf(files);
  const nodes: DatasetNode[] = [];
  const relationships: DatasetRelationship[] = [];
  for (const file of files.filter((f) => f.path.endsWith('.csv'))) {
    const [header, ...records] = readCsv(file.text);
    for (const record of records) {
      assert.equal(record.length, header!.length, `${file.path}: fields per record`);
      const properties = parseProperties(header!, record, delimiter);
      if (file.path.startsWith('nodes/')) {
        const label = /^id:ID\((\w+)\)$/.exec(header![0]!.text)![1] as NodeLabel;
        assert.equal(record[1]!.text, label);
        nodes.push({ label, id: record[0]!.text, properties });
      } else {
        relationships.push({
          type: record[2]!.text as RelationshipType,
          fromLabel: /^:START_ID\((\w+)\)$/.exec(header![0]!.text)![1] as NodeLabel,
          from: record[0]!.text,
          toLabel: /^:END_ID\((\w+)\)$/.exec(header![1]!.text)![1] as NodeLabel,
          to: record[1]!.text,
          properties,
        });
      }
    }
  }
  return { nodes, relationships };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files are per label and per (type, FROM, TO); the dataset interleaves TO labels. */
function sortDataset(dataset: GraphDataset): GraphDataset {
  const key = (r: DatasetRelationship) =>
    [r.type, r.fromLabel, r.from, r.toLabel, r.to].join('\u0000');
  return {
    nodes: [...dataset.nodes].sort(
      (a, b) => compareText(a.label, b.label) || compareText(a.id, b.id),
    ),
    relationships: [...dataset.relationships].sort((a, b) => compareText(key(a), key(b))),
  };
}

/** What neo4j-admin gets from an empty list: nothing, so the property is missing. */
function withoutEmptyLists(dataset: GraphDataset): GraphDataset {
  const clean = (properties: Properties): Properties =>
    Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [
        key,
        Array.isArray(value) && value.length === 0 ? null : value,
      ]),
    );
  return {
    nodes: dataset.nodes.map((node) => ({ ...node, properties: clean(node.properties) })),
    relationships: dataset.relationships.map((r) => ({ ...r, properties: clean(r.properties) })),
  };
}

describe('CSV fields', () => {
  it('quotes only what RFC 4180 needs, and empty text, doubling quotes inside', () => {
    assert.equal(formatCsvText('plain text'), 'plain text');
    assert.equal(formatCsvText('a,b'), '"a,b"');
    assert.equal(formatCsvText('say "hi"'), '"say ""hi"""');
    assert.equal(formatCsvText('two\nlines'), '"two\nlines"');
    assert.equal(formatCsvText(' padded'), '" padded"');
    assert.equal(formatCsvText(''), '""');
    assert.equal(formatCsvRecord(['a', null, '""']), 'a,,""\r\n');
  });
});

describe('the csv export', () => {
  let catalog: Catalog;
  before(() => {
    catalog = loadCatalog();
  });

  it('writes neo4j-admin import headers: an id space per label, :LABEL, :TYPE and typed columns', () => {
    const files = buildCsvExport(buildSampleDataset(), {
      schemaStatements: catalog.schema.neo4j,
    });
    const headerOf = (path: string) =>
      files.find((file) => file.path === path)!.text.split('\r\n')[0];
    assert.equal(
      headerOf('nodes/force.csv'),
      'id:ID(Force),:LABEL,name:string,shortName:string,aliases:string[]',
    );
    assert.equal(
      headerOf('nodes/judgement.csv'),
      'id:ID(Judgement),:LABEL,grade:string,scale:string,rank:long,distributionGrades:string[],distributionCounts:long[],stated:string,year:long,framework:string,assessment:string,reportId:string,section:string,lineStart:long,lineEnd:long,quote:string',
    );
    assert.match(headerOf('nodes/force-fact.csv')!, /,value:double,/);
    assert.match(headerOf('nodes/unit.csv')!, /,curated:boolean$/);
    assert.equal(
      headerOf('relationships/tagged--finding--topic.csv'),
      ':START_ID(Finding),:END_ID(Topic),:TYPE,cue:string,matched:string,reportId:string,section:string,lineStart:long,lineEnd:long,quote:string',
    );
    assert.equal(
      headerOf('relationships/inspects--report--force.csv'),
      ':START_ID(Report),:END_ID(Force),:TYPE',
    );
  });

  it('parses back to the same dataset, an empty list coming back as a missing value', () => {
    const sample = buildSampleDataset();
    const files = buildCsvExport(sample, { schemaStatements: [] });
    assert.deepEqual(sortDataset(readCsvExport(files)), withoutEmptyLists(sample));
  });

  it('uses ; between list elements, or the next free delimiter when an element holds one', () => {
    const dataset = (aliases: string[]): GraphDataset => ({
      nodes: [{ label: 'Force', id: 'f', properties: { name: 'F', shortName: null, aliases } }],
      relationships: [],
    });
    const plain = buildCsvExport(dataset(['a', 'b']), { schemaStatements: [] });
    assert.equal(arrayDelimiterOf(plain), ';');
    assert.match(plain.find((f) => f.path === 'nodes/force.csv')!.text, /\r\nf,Force,F,,a;b\r\n$/);
    const semicolon = buildCsvExport(dataset(['a;1', 'b']), { schemaStatements: [] });
    assert.equal(arrayDelimiterOf(semicolon), '|');
    const both = buildCsvExport(dataset(['a;1', 'b|2']), { schemaStatements: [] });
    assert.equal(arrayDelimiterOf(both), '\u001f');
    assert.match(both.find((f) => f.path === 'import.sh')!.text, /--array-delimiter='U\+001F'/);
    assert.deepEqual(readCsvExport(both).nodes[0]!.properties['aliases'], ['a;1', 'b|2']);
  });

  it('has one file per label and relationship group of the seed graph, with the same counts, and an import script naming them all', async () => {
    const seed = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
    const files = buildCsvExport(seed, { schemaStatements: catalog.schema.neo4j });
    const read = sortDataset(readCsvExport(files));
    assert.equal(read.nodes.length, seed.nodes.length);
    assert.equal(read.relationships.length, seed.relationships.length);
    assert.deepEqual(
      { nodes: read.nodes, relationships: read.relationships },
      withoutEmptyLists(seed),
    );
    const script = files.find((file) => file.path === 'import.sh')!.text;
    assert.match(script, /neo4j-admin\}" database import full/);
    for (const file of files.filter((f) => f.path.endsWith('.csv'))) {
      const option = file.path.startsWith('nodes/') ? '--nodes' : '--relationships';
      assert.ok(script.includes(`${option}=${file.path} `), file.path);
    }
    const schema = files.find((file) => file.path === 'schema.cypher')!.text;
    assert.equal(schema, catalog.schema.neo4j.map((statement) => `${statement};\n`).join(''));
  });
});
