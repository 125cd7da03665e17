import {
  int,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  isUUID,
  isVector,
} from 'neo4j-driver';
import type { QueryParams } from '../store.js';

/**
 * Converts query parameters into the values neo4j-driver should send.
 *
 * The driver sends every JS number as a Cypher FLOAT, so `LIMIT $n` fails and integer
 * properties would be stored as floats. The embedded engine infers INT64 for integral
 * numbers and DOUBLE for fractional ones, and both engines must see the same types, so:
 * an integral number becomes a Neo4j `Integer` (inside lists and maps too), a fractional
 * number stays a FLOAT, a `bigint` passes through (the driver sends it as INTEGER) and
 * `undefined` becomes `null`.
 *
 * Throws a `TypeError` naming the parameter path for values that would be sent wrongly:
 * a JS `Date` (the driver silently sends an empty map; pass an ISO string and use
 * `date($s)`), an integral number outside the safe range (it has already lost digits), and
 * any object that is neither a plain object nor a driver value type.
 */
export function toNeo4jParams(params: QueryParams = {}): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    converted[key] = toNeo4jValue(value, `$${key}`);
  }
  return converted;
}

function toNeo4jValue(value: unknown, path: string): unknown {
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'string':
    case 'boolean':
    case 'bigint':
      return value;
    case 'number':
      return toNeo4jNumber(value, path);
    case 'object':
      return value === null ? null : toNeo4jObject(value, path);
    default:
      throw new TypeError(`parameter ${path} is a ${typeof value}, which Cypher cannot take`);
  }
}

function toNeo4jNumber(value: number, path: string): unknown {
  if (!Number.isInteger(value)) return value;
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(
      `parameter ${path} is ${value}, an integral number outside the safe integer range; pass a bigint`,
    );
  }
  return int(value);
}

function toNeo4jObject(value: object, path: string): unknown {
  if (value instanceof Date) {
    throw new TypeError(
      `parameter ${path} is a JS Date, which neo4j-driver would send as an empty map; pass an ISO string and use date($param) in the query`,
    );
  }
  if (Array.isArray(value))
    return value.map((item, index) => toNeo4jValue(item, `${path}[${index}]`));
  if (isDriverValue(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(
      `parameter ${path} is a ${value.constructor?.name ?? 'object'}; pass plain objects, arrays and scalars`,
    );
  }
  const converted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    converted[key] = toNeo4jValue(item, `${path}.${key}`);
  }
  return converted;
}

/** Values the driver already knows how to send with the right Cypher type. */
function isDriverValue(value: object): boolean {
  return (
    isInt(value) ||
    isPoint(value) ||
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value) ||
    isUUID(value) ||
    isVector(value)
  );
}
