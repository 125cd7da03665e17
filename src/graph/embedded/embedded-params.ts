import { QueryFailedError } from '../errors.js';
import type { QueryParams } from '../store.js';

/** Parameter values after normalisation: what the engine's binding is given. */
export type EngineParams = Record<string, unknown>;

/**
 * Prepares parameters for the embedded engine, which infers a type for every value it is
 * given and rejects a list whose elements disagree:
 * - a JS `Date` is rejected (the engine silently drops its time of day; Neo4j's driver sends
 *   an empty map): pass an ISO string and convert with `date($s)` in the query;
 * - `undefined` becomes `null`, at any depth;
 * - in a list of maps every row gets the same keys in the same (sorted) order, missing keys
 *   as `null`, because rows with different key sets or key orders are distinct STRUCT types;
 * - anything other than primitives, arrays and plain objects is rejected.
 *
 * Mixed integral and fractional numbers within one key are handled by {@link splitParamBatches}.
 *
 * Empty lists are passed through: `UNWIND $x`, `IN $x` and `SET n.p = $x` accept `[]`, but
 * `RETURN $x` and `size($x)` fail on it, because the engine cannot type an empty list.
 */
export function normaliseParams(queryName: string, params: QueryParams | undefined): EngineParams {
  const result: EngineParams = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    result[key] = normaliseValue(queryName, `$${key}`, value);
  }
  return result;
}

function normaliseValue(queryName: string, where: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return value;
    case 'object':
      break;
    default:
      throw new QueryFailedError(
        queryName,
        `parameter ${where} is a ${typeof value}, which cannot be sent to the database`,
      );
  }
  if (value instanceof Date) {
    throw new QueryFailedError(
      queryName,
      `parameter ${where} is a JS Date; pass an ISO string and convert it in the query with date($param)`,
    );
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) => normaliseValue(queryName, `${where}[${index}]`, item));
    return isListOfMaps(items) ? alignRows(items) : items;
  }
  if (!isPlainObject(value)) {
    throw new QueryFailedError(
      queryName,
      `parameter ${where} is a ${value.constructor?.name ?? 'non-plain object'}; pass plain objects, arrays and scalars only`,
    );
  }
  const map: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    map[key] = normaliseValue(queryName, `${where}.${key}`, item);
  }
  return map;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isListOfMaps(items: readonly unknown[]): items is Array<Record<string, unknown> | null> {
  return (
    items.some((item) => item !== null) &&
    items.every((item) => item === null || (typeof item === 'object' && !Array.isArray(item)))
  );
}

/** Gives every row the union of all rows' keys, sorted, with `null` for the missing ones. */
function alignRows(
  rows: Array<Record<string, unknown> | null>,
): Array<Record<string, unknown> | null> {
  const keys = [...new Set(rows.flatMap((row) => (row ? Object.keys(row) : [])))].sort();
  return rows.map((row) => {
    if (!row) return null;
    const aligned: Record<string, unknown> = {};
    for (const key of keys) aligned[key] = row[key] ?? null;
    return aligned;
  });
}

/**
 * The type the engine infers for a JS value, as far as compatibility between list elements
 * goes: `null` is compatible with anything; `undefined` marks a value whose parts already
 * disagree (the engine will reject it whatever we do).
 */
type Shape =
  | null
  | undefined
  | 'BOOL'
  | 'INT64'
  | 'DOUBLE'
  | 'INT128'
  | 'STRING'
  | { readonly list: Shape }
  | { readonly struct: ReadonlyArray<readonly [string, Shape]> };

function inferShape(value: unknown): Shape {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
      return 'BOOL';
    // The engine sends a safe integer as INT64 and every other number as DOUBLE.
    case 'number':
      return Number.isSafeInteger(value) ? 'INT64' : 'DOUBLE';
    case 'bigint':
      return 'INT128';
    case 'string':
      return 'STRING';
    default:
      break;
  }
  if (Array.isArray(value)) {
    let element: Shape = null;
    for (const item of value) {
      element = joinListElements(element, inferShape(item));
      if (element === undefined) return undefined;
    }
    return { list: element };
  }
  const fields = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => [key, inferShape(item)] as const,
  );
  if (fields.length === 0) return null; // the engine turns `{}` into null
  return fields.some(([, shape]) => shape === undefined) ? undefined : { struct: fields };
}

/** Within one flat list of scalars the engine widens numbers to DOUBLE and mixes with strings to STRING. */
function joinListElements(a: Shape, b: Shape): Shape {
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    const kinds = new Set([a, b]);
    if (kinds.has('STRING') && (kinds.has('INT64') || kinds.has('DOUBLE'))) return 'STRING';
    if (kinds.has('INT64') && kinds.has('DOUBLE')) return 'DOUBLE';
    return undefined;
  }
  return mergeShapes(a, b);
}

/** The common type of two list elements, or `undefined` when the engine would reject the pair. */
function mergeShapes(a: Shape, b: Shape): Shape {
  if (a === undefined || b === undefined) return undefined;
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'string' || typeof b === 'string') return a === b ? a : undefined;
  if ('list' in a && 'list' in b) {
    const element = mergeShapes(a.list, b.list);
    return element === undefined ? undefined : { list: element };
  }
  if ('struct' in a && 'struct' in b) {
    if (a.struct.length !== b.struct.length) return undefined;
    const fields: Array<readonly [string, Shape]> = [];
    for (const [index, [key, shape]] of a.struct.entries()) {
      const other = b.struct[index];
      if (!other || other[0] !== key) return undefined;
      const merged = mergeShapes(shape, other[1]);
      if (merged === undefined) return undefined;
      fields.push([key, merged]);
    }
    return { struct: fields };
  }
  return undefined;
}

/**
 * Splits normalised parameters into the batches the engine can accept, one execution each.
 *
 * The engine types every JS number on its own (a safe integer is INT64, anything else DOUBLE)
 * and cannot widen INT64 to DOUBLE inside the rows of a list of maps: `[{a: 2001},
 * {a: 2001.5}]` fails with `incompatible STRUCT(a INT64) and STRUCT(a DOUBLE)`, and no JS
 * value makes an integral number arrive as DOUBLE. So the rows of such a list are grouped by
 * compatible types (first-come order, row order kept within a group) and the statement runs
 * once per group. That is exact for per-row statements (`UNWIND $rows AS row MERGE ...`,
 * lookups per row); a statement that aggregates over the whole list would see each group
 * separately. At most one parameter per call may need splitting.
 */
export function splitParamBatches(queryName: string, params: EngineParams): EngineParams[] {
  let split: { key: string; groups: unknown[][] } | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (!Array.isArray(value) || !isListOfMaps(value)) continue;
    const groups = groupCompatibleRows(value);
    if (groups.length < 2) continue;
    if (split) {
      throw new QueryFailedError(
        queryName,
        `parameters $${split.key} and $${key} both mix integral and fractional numbers (or other types) within one key; send one of them as separate calls`,
      );
    }
    split = { key, groups };
  }
  if (!split) return [params];
  const { key, groups } = split;
  return groups.map((rows) => ({ ...params, [key]: rows }));
}

function groupCompatibleRows(rows: readonly unknown[]): unknown[][] {
  const shapes = rows.map(inferShape);
  // A row that is inconsistent in itself fails whatever the grouping; let the engine say why.
  if (shapes.includes(undefined)) return [[...rows]];
  const groups: Array<{ shape: Shape; rows: unknown[] }> = [];
  rows.forEach((row, index) => {
    const shape = shapes[index] ?? null;
    for (const group of groups) {
      const merged = mergeShapes(group.shape, shape);
      if (merged !== undefined) {
        group.shape = merged;
        group.rows.push(row);
        return;
      }
    }
    groups.push({ shape, rows: [row] });
  });
  return groups.map((group) => group.rows);
}
