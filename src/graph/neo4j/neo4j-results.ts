import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  isUUID,
  isVector,
  type Integer,
  type LocalDateTime,
  type Node,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import type { Row } from '../store.js';

/**
 * Turns one value read from neo4j-driver into the plain JS value the GraphStore port
 * promises, so that a row from Neo4j deep-equals the same row from the embedded engine
 * (rules in embedded-engine-notes.md section 4):
 *
 * | driver value | result |
 * | --- | --- |
 * | `Integer`, `bigint` | `number`; throws a `RangeError` outside ±(2^53 − 1) rather than lose digits |
 * | `Node` | `{...properties, _label: labels[0]}` (never identity or elementId) |
 * | `Relationship` | `{...properties, _type: type}` |
 * | `Path` | `{nodes: [...], rels: [...]}` |
 * | `Date` | `'YYYY-MM-DD'` |
 * | `DateTime` | UTC ISO string with milliseconds (`2024-03-05T09:11:12.345Z`) |
 * | `LocalDateTime` | read as UTC, same format (the embedded engine's TIMESTAMP is UTC) |
 * | `Time`, `LocalTime`, `Duration`, `UUID` | the driver's ISO text |
 * | `Point` | `{srid, x, y}` plus `z` in 3D |
 * | `Vector` | array of numbers |
 * | list, map | normalised element by element |
 *
 * Properties are copied in key order with null values dropped. Anything else that is not a
 * string, boolean, number or null throws, so an unexpected driver type is found in tests
 * rather than passed on to GraphQL.
 */
export function normaliseNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return value;
    case 'bigint':
      return bigintToNumber(value);
    case 'object':
      return normaliseObject(value);
    default:
      throw new TypeError(`unsupported Neo4j result value of type ${typeof value}`);
  }
}

/** Turns a driver `Record` into a row keyed by the RETURN aliases. */
export function normaliseNeo4jRecord(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) {
    row[String(key)] = normaliseNeo4jValue(record.get(key));
  }
  return row;
}

function normaliseObject(value: object): unknown {
  if (Array.isArray(value)) return value.map(normaliseNeo4jValue);
  if (isInt(value)) return integerToNumber(value);
  if (isNode(value)) return normaliseNode(value);
  if (isRelationship(value) || isUnboundRelationship(value)) {
    return { ...normaliseProperties(value.properties), _type: value.type };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(normaliseNode),
      rels: value.segments.map((segment) => normaliseNeo4jValue(segment.relationship)),
    };
  }
  if (isDate(value)) return value.toString();
  if (isDateTime(value)) {
    if (value.timeZoneOffsetSeconds === undefined) {
      // Only old protocol versions leave the offset out; without it there is no instant.
      throw new RangeError(
        `Neo4j DateTime ${value.toString()} has a zone id but no offset, so it cannot be turned into an instant`,
      );
    }
    return value.toStandardDate().toISOString();
  }
  if (isLocalDateTime(value)) return localDateTimeToIso(value);
  if (isTime(value) || isLocalTime(value) || isDuration(value) || isUUID(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: Record<string, number> = {
      srid: toPlainNumber(value.srid),
      x: value.x,
      y: value.y,
    };
    if (value.z !== undefined) point['z'] = value.z;
    return point;
  }
  if (isVector(value))
    return Array.from(value.asTypedArray() as ArrayLike<unknown>, normaliseNeo4jValue);
  if (isPlainObject(value)) return normaliseMap(value);
  throw new TypeError(`unsupported Neo4j result value ${value.constructor?.name ?? 'object'}`);
}

function normaliseNode(node: Node): Row {
  return { ...normaliseProperties(node.properties), _label: node.labels[0] ?? null };
}

function normaliseProperties(properties: Readonly<Record<string, unknown>>): Row {
  const result: Row = {};
  for (const key of Object.keys(properties).sort()) {
    const value = properties[key];
    if (value !== null && value !== undefined) result[key] = normaliseNeo4jValue(value);
  }
  return result;
}

function normaliseMap(map: Readonly<Record<string, unknown>>): Row {
  const result: Row = {};
  for (const [key, value] of Object.entries(map)) result[key] = normaliseNeo4jValue(value);
  return result;
}

function integerToNumber(value: Integer): number {
  if (!value.inSafeRange()) {
    throw new RangeError(
      `Neo4j integer ${value.toString()} is outside the JavaScript safe integer range (±2^53 − 1); keep stored integers smaller`,
    );
  }
  return value.toNumber();
}

function bigintToNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(
      `Neo4j integer ${value.toString()} is outside the JavaScript safe integer range (±2^53 − 1); keep stored integers smaller`,
    );
  }
  return Number(value);
}

function toPlainNumber(value: number | Integer | bigint): number {
  if (typeof value === 'number') return value;
  return typeof value === 'bigint' ? bigintToNumber(value) : integerToNumber(value);
}

/** LocalDateTime has no zone; reading it as UTC keeps the result independent of the host's TZ. */
function localDateTimeToIso(value: LocalDateTime): string {
  const instant = new Date(0);
  instant.setUTCFullYear(
    toPlainNumber(value.year),
    toPlainNumber(value.month) - 1,
    toPlainNumber(value.day),
  );
  instant.setUTCHours(
    toPlainNumber(value.hour),
    toPlainNumber(value.minute),
    toPlainNumber(value.second),
    Math.floor(toPlainNumber(value.nanosecond) / 1_000_000),
  );
  return instant.toISOString();
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
