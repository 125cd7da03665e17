/**
 * Checks that a parsed JSON value is a GraphDataset, against the committed JSON Schema
 * (`schema/graph-dataset.schema.json`), before anything is written to a store.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';

import type { GraphDataset } from '../domain/dataset.js';
import { schemaDir } from '../paths.js';

/**
 * File name of the committed schema below `schema/`, written by `npm run gen:cypher`
 * (`tooling/generate/dataset-schema.ts`).
 */
export const datasetSchemaFileName = 'graph-dataset.schema.json';

/** The value is not a GraphDataset; `problems` lists where and why, one line each. */
export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';
  constructor(readonly problems: readonly string[]) {
    super(`not a valid graph dataset:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/** How many problems an error lists: enough to see a pattern, few enough to read. */
const maxProblems = 10;

/** Reads the committed schema file (`schema/graph-dataset.schema.json` unless told otherwise). */
export function readDatasetJsonSchema(
  file: string = join(schemaDir, datasetSchemaFileName),
): AnySchemaObject {
  return JSON.parse(readFileSync(file, 'utf8')) as AnySchemaObject;
}

/** `if`/`then` branches report their own failure a second time; only the cause helps. */
function isNoise(error: ErrorObject): boolean {
  return error.keyword === 'if';
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${String(error.params['additionalProperty'])})`
      : error.keyword === 'enum'
        ? ` (${(error.params['allowedValues'] as unknown[]).join(', ')})`
        : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
}

function findDuplicateNodes(dataset: GraphDataset): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  dataset.nodes.forEach((node, index) => {
    const key = `${node.label} ${node.id}`;
    if (seen.has(key)) problems.push(`/nodes/${index} repeats ${node.label} node ${node.id}`);
    seen.add(key);
  });
  return problems;
}

/**
 * Returns a validator: it returns the value typed as a GraphDataset, or throws a
 * {@link DatasetValidationError} listing the first problems (schema violations, then nodes
 * given twice, which a load would silently merge).
 */
export function createDatasetValidator(
  schema: AnySchemaObject = readDatasetJsonSchema(),
): (value: unknown) => GraphDataset {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate: ValidateFunction<GraphDataset> = ajv.compile<GraphDataset>(schema);
  return (value) => {
    if (!validate(value)) {
      const problems = (validate.errors ?? []).filter((error) => !isNoise(error)).map(describe);
      throw new DatasetValidationError([...new Set(problems)].slice(0, maxProblems));
    }
    const duplicates = findDuplicateNodes(value);
    if (duplicates.length > 0) throw new DatasetValidationError(duplicates.slice(0, maxProblems));
    return value;
  };
}
