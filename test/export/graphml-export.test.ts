import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { XMLParser, XMLValidator } from 'fast-xml-parser';

import type {
  DatasetNode,
  DatasetRelationship,
  GraphDataset,
  Properties,
  PropertyValue,
} from '../../src/domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from '../../src/domain/model.js';
import { findXmlUnsafeValues, renderGraphml } from '../../src/export/graphml-export.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { buildSampleDataset } from './sample-dataset.js';

interface XmlData {
  '@_key': string;
  '#text'?: string;
}
interface XmlElement {
  '@_id': string;
  data?: XmlData[];
  [attribute: string]: unknown;
}
interface GraphmlDocument {
  graphml: {
    key: Array<Record<string, string>>;
    graph: { '@_edgedefault': string; node?: XmlElement[]; edge?: XmlElement[] };
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Decodes numeric character references such as &#13;.
  htmlEntities: true,
  isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
});

function render(dataset: GraphDataset): string {
  return [...renderGraphml(dataset)].join('');
}

function parseGraphml(xml: string): GraphmlDocument {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
  return parser.parse(xml) as GraphmlDocument;
}

/** Reads a GraphML value with the key's declared type; lists come back from their JSON text. */
function readValue(text: string, graphmlType: string, modelType: string): PropertyValue {
  if (modelType.endsWith('[]')) return JSON.parse(text) as PropertyValue;
  if (graphmlType === 'long' || graphmlType === 'double') return Number(text);
  if (graphmlType === 'boolean') return text === 'true';
  return text;
}

function readProperties(
  element: XmlElement,
  spec: PropertySpec,
  keys: Map<string, Record<string, string>>,
): Properties {
  const properties: Properties = Object.fromEntries(Object.keys(spec).map((key) => [key, null]));
  for (const data of element.data ?? []) {
    const key = keys.get(data['@_key'])!;
    const name = key['@_attr.name']!;
    if (name === 'labels' || name === 'label') continue;
    properties[name] = readValue(data['#text'] ?? '', key['@_attr.type']!, spec[name]!);
  }
  return properties;
}

function splitNodeId(id: string): [NodeLabel, string] {
  const colon = id.indexOf(':');
  return [id.slice(0, colon) as NodeLabel, id.slice(colon + 1)];
}

/** Reads the document back into a dataset, as a GraphML tool would see it. */
function readGraphml(document: GraphmlDocument): GraphDataset {
  const keys = new Map(document.graphml.key.map((key) => [key['@_id']!, key]));
  const nodes: DatasetNode[] = (document.graphml.graph.node ?? []).map((node) => {
    const [label, id] = splitNodeId(node['@_id']);
    assert.equal(node['@_labels'], `:${label}`);
    assert.equal(node.data?.find((d) => d['@_key'] === 'labels')?.['#text'], `:${label}`);
    return { label, id, properties: readProperties(node, nodeLabels[label], keys) };
  });
  const relationships: DatasetRelationship[] = (document.graphml.graph.edge ?? []).map((edge) => {
    const type = edge['@_label'] as RelationshipType;
    const [fromLabel, from] = splitNodeId(edge['@_source'] as string);
    const [toLabel, to] = splitNodeId(edge['@_target'] as string);
    const properties = readProperties(edge, relationshipTypes[type].properties, keys);
    return { type, fromLabel, from, toLabel, to, properties };
  });
  return { nodes, relationships };
}

describe('the graphml export', () => {
  it('declares every property once per element kind with its GraphML type', () => {
    const { graphml } = parseGraphml(render({ nodes: [], relationships: [] }));
    const declared = graphml.key.map(
      (k) => `${k['@_for']} ${k['@_attr.name']} ${k['@_attr.type']}`,
    );
    assert.ok(declared.includes('node labels string'));
    assert.ok(declared.includes('edge label string'));
    assert.ok(declared.includes('node rank long'));
    assert.ok(declared.includes('node value double'));
    assert.ok(declared.includes('node curated boolean'));
    assert.ok(declared.includes('node aliases string'), 'lists are JSON text');
    assert.ok(declared.includes('edge quote string'));
    assert.equal(new Set(graphml.key.map((k) => k['@_id'])).size, graphml.key.length);
    assert.equal(graphml.graph['@_edgedefault'], 'directed');
  });

  it('parses back to the same nodes, edges and typed values, awkward strings included', () => {
    const sample = buildSampleDataset();
    assert.deepEqual(readGraphml(parseGraphml(render(sample))), sample);
  });

  it('has as many nodes and edges as the seed graph, and reads back the same', async () => {
    const seed = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
    const document = parseGraphml(render(seed));
    assert.equal(document.graphml.graph.node?.length, seed.nodes.length);
    assert.equal(document.graphml.graph.edge?.length, seed.relationships.length);
    assert.deepEqual(readGraphml(document), seed);
  });

  it('replaces characters XML 1.0 cannot carry and says where', () => {
    const dataset: GraphDataset = {
      nodes: [
        {
          label: 'Force',
          id: 'f',
          properties: { name: 'page\fbreak\u0000', shortName: 'ok\r\n', aliases: ['\f'] },
        },
      ],
      relationships: [],
    };
    const [node] = readGraphml(parseGraphml(render(dataset))).nodes;
    assert.deepEqual(node!.properties, {
      name: 'page\uFFFDbreak\uFFFD',
      shortName: 'ok\r\n',
      aliases: ['\f'],
    });
    assert.deepEqual(findXmlUnsafeValues(dataset), ['Force:f name']);
  });
});
