import { parseEngineType, type EngineType } from './engine-type.js';
import type { PropertyTypeLookup } from './embedded-results.js';

/** Reads the declared columns of one table: `[name, type name]` pairs. */
export type TableInfoReader = (label: string) => Promise<ReadonlyArray<readonly [string, string]>>;

/**
 * Declared property types per node or relationship table, loaded on demand. Results carry a
 * node's DATE and TIMESTAMP properties as the same JS `Date`; the table's declaration is the
 * only way to format them as the one or the other.
 */
export interface PropertyTypeCache {
  readonly lookup: PropertyTypeLookup;
  /** Loads the tables not yet known, through `read` (the caller's own connection). */
  ensure(labels: Iterable<string>, read: TableInfoReader): Promise<void>;
  /** Forgets everything; called after schema changes. */
  clear(): void;
}

/** Creates an empty cache shared by all connections of one store. */
export function createPropertyTypeCache(): PropertyTypeCache {
  const tables = new Map<string, ReadonlyMap<string, EngineType>>();
  return {
    lookup: (label, property) => tables.get(label)?.get(property),
    async ensure(labels, read) {
      for (const label of labels) {
        if (tables.has(label)) continue;
        const columns = await read(label);
        tables.set(label, new Map(columns.map(([name, type]) => [name, parseEngineType(type)])));
      }
    },
    clear: () => tables.clear(),
  };
}
