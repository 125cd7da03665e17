import type { Row } from '../store.js';
import type { EngineType } from './engine-type.js';

/** The declared type of one property of a node or relationship table, if known. */
export type PropertyTypeLookup = (label: string, property: string) => EngineType | undefined;

type RawObject = Record<string, unknown>;

const internalNodeKeys = new Set(['_id', '_label']);
const internalRelKeys = new Set(['_id', '_label', '_src', '_dst']);

/**
 * Turns one engine row into the plain row every adapter returns (see
 * `embedded-engine-notes.md` §4): nodes become `{...properties, _label}` and relationships
 * `{...properties, _type}` without the engine's internal ids and without the nulls of unset
 * schema columns; paths become `{nodes, rels}`; DATE values become `YYYY-MM-DD` and
 * TIMESTAMP values ISO strings; `bigint` becomes a number when it is safe. Nested lists,
 * structs and maps are normalised recursively.
 */
export function normaliseRow(
  raw: RawObject,
  columns: ReadonlyArray<readonly [string, EngineType | undefined]>,
  lookup: PropertyTypeLookup,
): Row {
  const row: Row = {};
  for (const [name, type] of columns) row[name] = normaliseValue(raw[name], type, lookup);
  return row;
}

/**
 * Labels of the nodes and relationships in `raw` that carry a JS `Date` property: only for
 * those does the normaliser need the table's declared types (DATE or TIMESTAMP).
 */
export function findLabelsWithDates(raw: RawObject): Set<string> {
  const labels = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isRawObject(value)) return;
    const label = value['_label'];
    const hasDate = Object.values(value).some(
      (item) =>
        item instanceof Date ||
        (Array.isArray(item) && item.some((element) => element instanceof Date)),
    );
    if (typeof label === 'string' && hasDate) labels.add(label);
    Object.values(value).forEach(visit);
  };
  Object.values(raw).forEach(visit);
  return labels;
}

function normaliseValue(
  value: unknown,
  type: EngineType | undefined,
  lookup: PropertyTypeLookup,
): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return toNumberIfSafe(value);
  if (value instanceof Date) return formatTemporal(value, type);
  if (Array.isArray(value)) {
    const element = type?.kind === 'list' ? type.element : undefined;
    return value.map((item) => normaliseValue(item, element, lookup));
  }
  if (!isRawObject(value)) return value;
  switch (type?.kind ?? guessKind(value)) {
    case 'path':
      return normalisePath(value, lookup);
    case 'node':
      return normaliseEntity(value, internalNodeKeys, '_label', lookup);
    case 'rel':
      return normaliseEntity(value, internalRelKeys, '_type', lookup);
    default:
      return normaliseStruct(value, type, lookup);
  }
}

/** Used where the column type is unknown (for example inside an ANY-typed value). */
function guessKind(value: RawObject): 'path' | 'node' | 'rel' | 'struct' {
  if ('_nodes' in value && '_rels' in value) return 'path';
  if ('_src' in value && '_dst' in value && '_label' in value) return 'rel';
  if ('_id' in value && '_label' in value) return 'node';
  return 'struct';
}

function normalisePath(
  value: RawObject,
  lookup: PropertyTypeLookup,
): { nodes: unknown[]; rels: unknown[] } {
  const nodes = Array.isArray(value['_nodes']) ? value['_nodes'] : [];
  const rels = Array.isArray(value['_rels']) ? value['_rels'] : [];
  return {
    nodes: nodes.map((node) => normaliseValue(node, { kind: 'node' }, lookup)),
    rels: rels.map((rel) => normaliseValue(rel, { kind: 'rel' }, lookup)),
  };
}

/**
 * The engine returns every column of the node's table (nulls included) plus its internal id;
 * Neo4j returns only the properties that are set, so nulls are dropped to agree with it.
 */
function normaliseEntity(
  value: RawObject,
  internalKeys: ReadonlySet<string>,
  labelKey: '_label' | '_type',
  lookup: PropertyTypeLookup,
): Row {
  const label = typeof value['_label'] === 'string' ? value['_label'] : '';
  const entity: Row = {};
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (internalKeys.has(key) || item === null || item === undefined) continue;
    entity[key] = normaliseValue(item, lookup(label, key), lookup);
  }
  entity[labelKey] = label;
  return entity;
}

function normaliseStruct(
  value: RawObject,
  type: EngineType | undefined,
  lookup: PropertyTypeLookup,
): Row {
  const result: Row = {};
  for (const [key, item] of Object.entries(value)) {
    const itemType =
      type?.kind === 'struct'
        ? type.fields.get(key)
        : type?.kind === 'map'
          ? type.value
          : undefined;
    result[key] = normaliseValue(item, itemType, lookup);
  }
  return result;
}

/** A DATE arrives as a `Date` at UTC midnight; anything else temporal keeps its time. */
function formatTemporal(value: Date, type: EngineType | undefined): string {
  const iso = value.toISOString();
  return type?.kind === 'scalar' && type.name === 'DATE' ? iso.slice(0, 10) : iso;
}

function toNumberIfSafe(value: bigint): number | bigint {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

function isRawObject(value: unknown): value is RawObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !Buffer.isBuffer(value)
  );
}
