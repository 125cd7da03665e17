/**
 * Typing rows for the load queries' `$rows` batches: the embedded engine types a list-of-maps
 * parameter from its values, so every batch starts with one row that the load query skips
 * but that carries every property's type (see {@link loadTypingRow}).
 */
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type PropertyType,
  type RelationshipType,
} from '../domain/model.js';

/** A value of each type that makes the embedded engine type a row key as that type. */
const typingValues: Readonly<Record<PropertyType, TypingValue>> = {
  STRING: '',
  INT64: 0,
  // Fractional, so that the engine reads DOUBLE rather than INT64.
  DOUBLE: 0.5,
  BOOLEAN: false,
  'STRING[]': [''],
  'INT64[]': [0],
};

type TypingValue = string | number | boolean | string[] | number[] | null;

function typedValues(spec: PropertySpec): Record<string, TypingValue> {
  return Object.fromEntries(Object.entries(spec).map(([key, type]) => [key, typingValues[type]]));
}

/**
 * A row that the load query skips (its id is null) but whose values carry every property's
 * type. The embedded engine types a list-of-maps parameter from its values and takes a key
 * that is null (or an empty list) in every row as STRING, so a batch in which, say, every
 * `number` is null fails with "has data type STRING but expected INT64"; putting this row
 * first avoids that. Keys are in model order: `id`, then the declared properties.
 */
export function loadTypingRow(label: NodeLabel): Record<string, TypingValue> {
  return { id: null, ...typedValues(nodeLabels[label]) };
}

/** The relationship counterpart of {@link loadTypingRow}: `from`, `to` (null), properties. */
export function relationshipLoadTypingRow(type: RelationshipType): Record<string, TypingValue> {
  return { from: null, to: null, ...typedValues(relationshipTypes[type].properties) };
}
