import type {
  DatasetNode,
  DatasetRelationship,
  GraphDataset,
  PropertyValue,
} from '../../src/domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type PropertyType,
  type RelationshipType,
} from '../../src/domain/model.js';

/**
 * Strings that break naive quoting in one format or another: Cypher and CSV quotes,
 * backslashes, line breaks, tabs, XML specials, the CSV array delimiter, non-ASCII text and
 * an astral character (a surrogate pair in JS), leading and trailing spaces, and the text
 * "null".
 */
export const trickyStrings = [
  'it\'s a "quoted" \\ back\\slash',
  'two\nlines\r\nand\ta tab',
  '<tag attr="1">&amp; x > y</tag>',
  'semi;colon, comma',
  'Café Ünïcode – “curly” ✓ 😀',
  '  padded  ',
  'null',
  '',
];

function sampleValue(type: PropertyType, index: number): PropertyValue {
  const text = trickyStrings[index % trickyStrings.length]!;
  switch (type) {
    case 'STRING':
      return text;
    case 'INT64':
      return index % 2 === 0 ? index * 7 : -index;
    case 'DOUBLE':
      // Integral values too: they must stay floats in typed formats.
      return index % 4 === 2 ? index : index + 0.25;
    case 'BOOLEAN':
      return index % 2 === 0;
    case 'STRING[]':
      return [text, `item ${index}`];
    case 'INT64[]':
      return [index, index + 1, 0];
  }
}

/** Every declared property in model order: a sample value (`filled`), else null or `[]` for lists. */
function sampleProperties(spec: PropertySpec, filled: boolean): Record<string, PropertyValue> {
  return Object.fromEntries(
    Object.entries(spec).map(([key, type], index) => [
      key,
      filled ? sampleValue(type, index) : type.endsWith('[]') ? [] : null,
    ]),
  );
}

function sampleId(label: NodeLabel, n: number): string {
  return `${label.toLowerCase()}/sample-${n} ü'"`;
}

/**
 * A dataset that uses every label, every relationship (type, FROM, TO) pair and every
 * property type of the model, with tricky values: per label one node with every property
 * set and one with every property null (lists empty), and per pair one relationship from the
 * first node to the second. Sorted as ingestion sorts (label and id; type, endpoints).
 */
export function buildSampleDataset(): GraphDataset {
  const labels = Object.keys(nodeLabels) as NodeLabel[];
  const nodes: DatasetNode[] = labels.flatMap((label) => [
    { label, id: sampleId(label, 1), properties: sampleProperties(nodeLabels[label], true) },
    { label, id: sampleId(label, 2), properties: sampleProperties(nodeLabels[label], false) },
  ]);
  const relationships: DatasetRelationship[] = [];
  for (const type of Object.keys(relationshipTypes) as RelationshipType[]) {
    for (const [fromLabel, toLabel] of relationshipTypes[type].pairs) {
      relationships.push({
        type,
        fromLabel,
        from: sampleId(fromLabel, 1),
        toLabel,
        to: sampleId(toLabel, 2),
        properties: sampleProperties(relationshipTypes[type].properties, true),
      });
    }
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  nodes.sort((a, b) => text(a.label, b.label) || text(a.id, b.id));
  relationships.sort(
    (a, b) =>
      text(a.type, b.type) ||
      text(a.fromLabel, b.fromLabel) ||
      text(a.from, b.from) ||
      text(a.toLabel, b.toLabel) ||
      text(a.to, b.to),
  );
  return { nodes, relationships };
}
