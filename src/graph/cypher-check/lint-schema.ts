/**
 * The database description handed to Neo4j's Cypher front end: the graph model's labels,
 * relationship types (with their FROM/TO pairs, so impossible patterns are warned about),
 * property keys, the file's declared parameters, the portable function allowlist and no
 * procedures. Without a function registry the front end accepts any function name.
 */
import { testData, type DbSchema, type Neo4jFunction } from '@neo4j-cypher/language-support';

import { listPropertyKeys, nodeLabels, relationshipTypes } from '../../domain/model.js';

/**
 * Functions both engines evaluate the same way (`portable-cypher.md`, "Do" 9). The list
 * predicates `any/all/none/single` are grammar rules, not functions, and are checked by the
 * parse-tree rules instead.
 */
export const portableFunctionNames: readonly string[] = [
  ...'abs ceil floor sqrt sign round'.split(' '),
  ...'coalesce collect count sum avg min max percentileCont percentileDisc'.split(' '),
  ...'toLower toUpper trim ltrim rtrim replace left right size range'.split(' '),
  ...'nodes relationships length date'.split(' '),
  ...'pi sin cos tan asin acos atan atan2 cot degrees radians log10'.split(' '),
];

/**
 * Map keys of load-query rows that are not graph properties (`row.from`, `row.to`): declared
 * as property keys so that reading them is not reported as an unknown property.
 */
export const rowOnlyKeys = ['from', 'to'] as const;

/**
 * The package's built-in Cypher 5 function registry cut down to the allowlist. Throws if an
 * allowlisted function is missing, so a package upgrade that drops one is noticed at once.
 */
function buildPortableFunctionRegistry(): Record<string, Neo4jFunction> {
  const builtIn = testData.mockSchema.functions?.['CYPHER 5'] ?? {};
  const registry: Record<string, Neo4jFunction> = {};
  for (const name of portableFunctionNames) {
    const signature = builtIn[name];
    if (signature === undefined) {
      throw new Error(`the Cypher function registry has no built-in function ${name}`);
    }
    registry[name] = signature;
  }
  return registry;
}

const portableFunctions = buildPortableFunctionRegistry();

/** The lint schema for one file, declaring `parameters` (names without `$`). */
export function buildLintSchema(parameters: readonly string[]): DbSchema {
  return {
    labels: Object.keys(nodeLabels),
    relationshipTypes: Object.keys(relationshipTypes),
    propertyKeys: [...listPropertyKeys(), ...rowOnlyKeys],
    parameters: Object.fromEntries(parameters.map((name) => [name, null])),
    functions: { 'CYPHER 5': portableFunctions },
    procedures: { 'CYPHER 5': {} },
    graphSchema: Object.entries(relationshipTypes).flatMap(([relType, { pairs }]) =>
      pairs.map(([from, to]) => ({ from, to, relType })),
    ),
  };
}
