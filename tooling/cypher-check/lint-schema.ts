/**
 * The database description handed to Neo4j's Cypher front end: the graph model's labels,
 * relationship types (with their FROM/TO pairs, so impossible patterns are warned about),
 * property keys, the file's declared parameters, the portable function allowlist and no
 * procedures. Without a function registry the front end accepts any function name.
 */
import {
  testData,
  type CypherVersion,
  type DbSchema,
  type Neo4jFunction,
} from '@neo4j-cypher/language-support';

import { listPropertyKeys, nodeLabels, relationshipTypes } from '../../src/domain/model.js';

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
 * The Cypher versions every file is checked in: Neo4j 5 runs Cypher 5, and Neo4j 2025.x
 * servers run Cypher 5 or Cypher 25 (whichever the database's default language is).
 */
export const checkedCypherVersions: readonly CypherVersion[] = ['CYPHER 5', 'CYPHER 25'];

/**
 * The package's built-in function registry of one Cypher version cut down to the allowlist.
 * Throws if an allowlisted function is missing, so a package upgrade that drops one is
 * noticed at once.
 */
function buildPortableFunctionRegistry(version: CypherVersion): Record<string, Neo4jFunction> {
  const builtIn = testData.mockSchema.functions?.[version] ?? {};
  const registry: Record<string, Neo4jFunction> = {};
  for (const name of portableFunctionNames) {
    const signature = builtIn[name];
    if (signature === undefined) {
      throw new Error(`the ${version} function registry has no built-in function ${name}`);
    }
    registry[name] = signature;
  }
  return registry;
}

const portableFunctions = new Map(
  checkedCypherVersions.map((version) => [version, buildPortableFunctionRegistry(version)]),
);

/** The procedures Neo4j-only files call: full-text search, and waiting for indexes to come online. */
const neo4jOnlyProcedures = ['db.index.fulltext.queryNodes', 'db.awaitIndexes'];

/**
 * What a Neo4j-only file (`cypher/neo4j-only/`) may call besides the portable subset: Neo4j's
 * built-in functions and the procedures above. Nothing else is callable, so a typo or an
 * APOC call is still reported.
 */
function buildNeo4jOnlyRegistries(
  version: CypherVersion,
): Pick<DbSchema, 'functions' | 'procedures'> {
  const functions = Object.fromEntries(
    Object.entries(testData.mockSchema.functions?.[version] ?? {}).filter(
      ([, signature]) => signature.isBuiltIn,
    ),
  );
  const procedures = Object.fromEntries(
    neo4jOnlyProcedures.map((name) => {
      const procedure = testData.mockSchema.procedures?.[version]?.[name];
      if (procedure === undefined) throw new Error(`the Cypher registry has no procedure ${name}`);
      return [name, procedure];
    }),
  );
  return {
    functions: { [version]: functions },
    procedures: { [version]: procedures },
  };
}

/**
 * The lint schema for one file, declaring `parameters` (names without `$`). `neo4jOnly` widens
 * the callables for `cypher/neo4j-only/` files (see {@link buildNeo4jOnlyRegistries});
 * `version` is the Cypher version the front end parses a file without a `CYPHER n` prefix in.
 */
export function buildLintSchema(
  parameters: readonly string[],
  neo4jOnly = false,
  version: CypherVersion = 'CYPHER 5',
): DbSchema {
  const callables = neo4jOnly
    ? buildNeo4jOnlyRegistries(version)
    : {
        functions: { [version]: portableFunctions.get(version) ?? {} },
        procedures: { [version]: {} },
      };
  return {
    defaultLanguage: version,
    labels: Object.keys(nodeLabels),
    relationshipTypes: Object.keys(relationshipTypes),
    propertyKeys: [...listPropertyKeys(), ...rowOnlyKeys],
    parameters: Object.fromEntries(parameters.map((name) => [name, null])),
    ...callables,
    graphSchema: Object.entries(relationshipTypes).flatMap(([relType, { pairs }]) =>
      pairs.map(([from, to]) => ({ from, to, relType })),
    ),
  };
}
