import {
  buildClientSchema,
  getIntrospectionQuery,
  parse,
  validate,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { BenchOperation } from './api-operations.js';

/** Introspects the schema the server at `url` serves. */
export async function fetchServedSchema(url: string): Promise<GraphQLSchema> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown[] };
  if (!body.data) throw new Error(`introspection of ${url} failed: ${JSON.stringify(body.errors)}`);
  return buildClientSchema(body.data);
}

/**
 * Why `operation` cannot run against `schema` (e.g. a field another change has not added
 * yet), or undefined when it validates.
 */
export function explainInvalidOperation(
  schema: GraphQLSchema,
  operation: BenchOperation,
): string | undefined {
  try {
    const errors = validate(schema, parse(operation.query));
    return errors.length > 0 ? errors.map((error) => error.message).join('; ') : undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
