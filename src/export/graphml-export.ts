/**
 * The `graphml` export, for Gephi, yEd and NetworkX (`networkx.read_graphml`). One `<key>`
 * per property name with its `attr.type` (lists are JSON text, since GraphML has no list
 * type); nodes carry their label as a `labels` attribute and `labels` data (`:Force`, the
 * form Neo4j's own GraphML export uses), edges their type as a `label` attribute and data.
 * Node ids are `<Label>:<id>`, unique across labels. Null values are left out.
 */
import type { GraphDataset, Properties, PropertyValue } from '../domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type PropertySpec,
  type PropertyType,
} from '../domain/model.js';
import { escapeXmlAttribute, escapeXmlText, isXmlSafe } from './xml-text.js';

type GraphmlType = 'string' | 'long' | 'double' | 'boolean';

const graphmlTypes: Readonly<Record<PropertyType, GraphmlType>> = {
  STRING: 'string',
  INT64: 'long',
  DOUBLE: 'double',
  BOOLEAN: 'boolean',
  'STRING[]': 'string',
  'INT64[]': 'string',
};

/** One property key as declared in the file. */
export interface GraphmlKey {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: GraphmlType;
}

/**
 * The common GraphML type of one property name across labels (or relationship types): the
 * type itself when they agree, `double` for a mix of numbers, `string` otherwise.
 */
function joinTypes(types: readonly GraphmlType[]): GraphmlType {
  const distinct = [...new Set(types)];
  if (distinct.length === 1) return distinct[0]!;
  return distinct.every((type) => type === 'long' || type === 'double') ? 'double' : 'string';
}

function collectKeys(owner: 'node' | 'edge', specs: readonly PropertySpec[]): GraphmlKey[] {
  const types = new Map<string, GraphmlType[]>();
  for (const spec of specs)
    for (const [key, type] of Object.entries(spec))
      types.set(key, [...(types.get(key) ?? []), graphmlTypes[type]]);
  return [...types].map(([name, each]) => ({
    id: `${owner === 'node' ? 'n' : 'e'}_${name}`,
    for: owner,
    name,
    type: joinTypes(each),
  }));
}

/** Every key the model implies: `labels`, `label`, then node and edge properties. */
export function listGraphmlKeys(): GraphmlKey[] {
  return [
    { id: 'labels', for: 'node', name: 'labels', type: 'string' },
    { id: 'label', for: 'edge', name: 'label', type: 'string' },
    ...collectKeys('node', Object.values(nodeLabels)),
    ...collectKeys(
      'edge',
      Object.values(relationshipTypes).map((type) => type.properties),
    ),
  ];
}

function formatValue(value: Exclude<PropertyValue, null>): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function dataElements(prefix: 'n' | 'e', properties: Properties): string {
  return Object.entries(properties)
    .filter((entry): entry is [string, Exclude<PropertyValue, null>] => entry[1] !== null)
    .map(
      ([key, value]) => `<data key="${prefix}_${key}">${escapeXmlText(formatValue(value))}</data>`,
    )
    .join('');
}

/** The GraphML node id of a node: `<Label>:<id>`. */
export function graphmlNodeId(label: string, id: string): string {
  return `${label}:${id}`;
}

/** The document, in pieces to write one after the other (one node or edge per line). */
export function* renderGraphml(dataset: GraphDataset): Generator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...listGraphmlKeys().map(
      (key) =>
        `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    '  <graph id="inspection-graph" edgedefault="directed">',
    '',
  ].join('\n');
  for (const node of dataset.nodes) {
    const id = escapeXmlAttribute(graphmlNodeId(node.label, node.id));
    const labels = `:${node.label}`;
    yield `    <node id="${id}" labels="${labels}"><data key="labels">${labels}</data>${dataElements('n', node.properties)}</node>\n`;
  }
  for (const [index, r] of dataset.relationships.entries()) {
    const source = escapeXmlAttribute(graphmlNodeId(r.fromLabel, r.from));
    const target = escapeXmlAttribute(graphmlNodeId(r.toLabel, r.to));
    yield `    <edge id="e${index}" source="${source}" target="${target}" label="${r.type}"><data key="label">${r.type}</data>${dataElements('e', r.properties)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/**
 * Where the GraphML cannot carry a value exactly (characters XML 1.0 forbids, replaced by
 * U+FFFD): `<Label>:<id> <key>` per value, for a warning.
 */
export function findXmlUnsafeValues(dataset: GraphDataset): string[] {
  const found: string[] = [];
  const check = (where: string, text: string) => {
    if (!isXmlSafe(text)) found.push(where);
  };
  for (const node of dataset.nodes) {
    const where = graphmlNodeId(node.label, node.id);
    check(where, where);
    for (const [key, value] of Object.entries(node.properties))
      if (value !== null) check(`${where} ${key}`, formatValue(value));
  }
  for (const r of dataset.relationships) {
    const where = `${graphmlNodeId(r.fromLabel, r.from)} -[${r.type}]-> ${graphmlNodeId(r.toLabel, r.to)}`;
    for (const [key, value] of Object.entries(r.properties))
      if (value !== null) check(`${where} ${key}`, formatValue(value));
  }
  return found;
}
