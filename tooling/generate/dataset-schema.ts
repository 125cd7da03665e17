/**
 * The JSON Schema of a GraphDataset (the `json` export and `npm run import`), generated from
 * the graph model so that it cannot drift from it. `npm run gen:cypher` writes it to
 * `schema/graph-dataset.schema.json`; a test fails when the committed file is stale.
 */
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type PropertyType,
  type RelationshipType,
} from '../../src/domain/model.js';
import { datasetSchemaFileName } from '../../src/export/validate-dataset.js';

/** A JSON Schema document (draft-07), as plain JSON. */
export type JsonSchema = { [key: string]: JsonSchemaValue };
type JsonSchemaValue = string | number | boolean | null | JsonSchemaValue[] | JsonSchema;

const valueSchemas: Readonly<Record<PropertyType, JsonSchema>> = {
  STRING: { type: ['string', 'null'] },
  INT64: { type: ['integer', 'null'] },
  DOUBLE: { type: ['number', 'null'] },
  BOOLEAN: { type: ['boolean', 'null'] },
  'STRING[]': { type: ['array', 'null'], items: { type: 'string' } },
  'INT64[]': { type: ['array', 'null'], items: { type: 'integer' } },
};

/** What the provenance keys mean; every other key is described by its label's model. */
const provenanceDescriptions: Readonly<Record<string, string>> = {
  reportId: 'Provenance: id of the Report the item was read from.',
  section: 'Provenance: the section of the report (its heading path).',
  lineStart: 'Provenance: first line (1-based) of the source report file.',
  lineEnd: 'Provenance: last line (1-based) of the source report file.',
  quote: 'Provenance: a short exact quote of the source text.',
};

function propertiesSchema(owner: string, spec: PropertySpec): JsonSchema {
  const properties: JsonSchema = {};
  for (const [key, type] of Object.entries(spec)) {
    const description = provenanceDescriptions[key];
    properties[key] =
      description === undefined
        ? { ...valueSchemas[type] }
        : { ...valueSchemas[type], description };
  }
  return {
    description: `Properties of ${owner}: every key the model declares; a missing key is read as null.`,
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

function whenEquals(key: string, value: string, then: JsonSchema): JsonSchema {
  return {
    if: { type: 'object', required: [key], properties: { [key]: { const: value } } },
    then,
  };
}

function nodeSchema(labels: readonly NodeLabel[]): JsonSchema {
  return {
    description: 'One node: its single label, its stable id and its declared properties.',
    type: 'object',
    required: ['label', 'id', 'properties'],
    additionalProperties: false,
    properties: {
      label: { enum: [...labels] },
      id: { type: 'string', minLength: 1 },
      properties: { type: 'object' },
    },
    allOf: labels.map((label) =>
      whenEquals('label', label, {
        properties: { properties: { $ref: `#/definitions/${label}Properties` } },
      }),
    ),
  };
}

function relationshipSchema(
  types: readonly RelationshipType[],
  labels: readonly NodeLabel[],
): JsonSchema {
  return {
    description:
      'One directed relationship between two nodes given by label and id, with its declared properties.',
    type: 'object',
    required: ['type', 'fromLabel', 'from', 'toLabel', 'to', 'properties'],
    additionalProperties: false,
    properties: {
      type: { enum: [...types] },
      fromLabel: { enum: [...labels] },
      from: { type: 'string', minLength: 1 },
      toLabel: { enum: [...labels] },
      to: { type: 'string', minLength: 1 },
      properties: { type: 'object' },
    },
    allOf: types.map((type) =>
      whenEquals('type', type, {
        properties: { properties: { $ref: `#/definitions/${type}Properties` } },
        anyOf: relationshipTypes[type].pairs.map(([from, to]) => ({
          properties: { fromLabel: { const: from }, toLabel: { const: to } },
        })),
      }),
    ),
  };
}

/**
 * Builds the schema: the top-level `nodes` and `relationships` arrays; per label and per
 * relationship type, the declared properties with their JSON types (null allowed, no other
 * keys); per type, the (fromLabel, toLabel) pairs the model allows.
 */
export function buildDatasetJsonSchema(): JsonSchema {
  const labels = Object.keys(nodeLabels) as NodeLabel[];
  const types = Object.keys(relationshipTypes) as RelationshipType[];
  const definitions: JsonSchema = {
    node: nodeSchema(labels),
    relationship: relationshipSchema(types, labels),
  };
  for (const label of labels)
    definitions[`${label}Properties`] = propertiesSchema(`a ${label} node`, nodeLabels[label]);
  for (const type of types)
    definitions[`${type}Properties`] = propertiesSchema(
      `a ${type} relationship`,
      relationshipTypes[type].properties,
    );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: datasetSchemaFileName,
    title: 'GraphDataset',
    description:
      'The inspection knowledge graph as plain JSON (npm run export -- --format json; npm run import). Generated from src/domain/model.ts by npm run gen:cypher - do not edit.',
    type: 'object',
    required: ['nodes', 'relationships'],
    additionalProperties: false,
    properties: {
      nodes: { type: 'array', items: { $ref: '#/definitions/node' } },
      relationships: { type: 'array', items: { $ref: '#/definitions/relationship' } },
    },
    definitions,
  };
}

/** Line width of the committed file: the project's Prettier setting. */
const printWidth = 100;

/**
 * JSON laid out the way Prettier lays out the committed file, so that `prettier --check`
 * passes on generated output: objects one key per line, arrays of scalars on one line when
 * they fit in {@link printWidth} (counting the indent, the key and a trailing comma), else
 * one element per line.
 */
function layoutJson(value: JsonSchemaValue, indent: string, prefixLength: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const scalars = value.every((item) => item === null || typeof item !== 'object');
    const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (scalars && prefixLength + flat.length + 1 <= printWidth) return flat;
    const items = value.map((item) => `${inner}${layoutJson(item, inner, inner.length)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${layoutJson(item, inner, head.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The schema file's text, as committed: Prettier's JSON layout with a final newline. */
export function renderDatasetJsonSchema(): string {
  return `${layoutJson(buildDatasetJsonSchema(), '', 0)}\n`;
}
