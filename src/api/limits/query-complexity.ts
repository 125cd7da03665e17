import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type * as QueryComplexityModule from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { createCodedError, ErrorCode } from '../errors.js';

// The package's ESM build imports `graphql/index.mjs`, a second copy of graphql next to the
// CommonJS one everything else loads, and graphql refuses a schema from the other copy. Its
// CommonJS build shares ours.
const { getComplexity, fieldExtensionsEstimator, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexityModule;

/** Introspection (`__schema`, `__type`, `__typename`) costs nothing: its size is the schema's. */
const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  field.name.startsWith('__') ? 0 : undefined;

/**
 * Field costs: introspection is free, a field with a `complexity` (set by `@Field` or
 * `@FieldResolver`, see `field-complexity.ts`) costs that, any other field 1 plus its
 * children.
 */
const estimators = [
  introspectionEstimator,
  fieldExtensionsEstimator(),
  simpleEstimator({ defaultComplexity: 1 }),
];

/** What a complexity check needs from the request. */
export interface ComplexityRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | undefined;
}

/**
 * The estimated cost of the operation a request runs. Throws BAD_USER_INPUT (HTTP 400) where
 * the variables do not fit the operation, and QUERY_TOO_COMPLEX where the document has more
 * selections than the library will walk.
 */
export function measureQueryComplexity(request: ComplexityRequest): number {
  try {
    return getComplexity({
      schema: request.schema,
      query: request.document,
      estimators,
      ...(request.operationName ? { operationName: request.operationName } : {}),
      variables: request.variables ?? {},
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (/maximum allowed number of nodes/.test(error.message))
      throw createCodedError(ErrorCode.QueryTooComplex, error.message, 400);
    throw createCodedError(ErrorCode.BadUserInput, error.message, 400);
  }
}

/**
 * A check of a request's estimated cost against `maxComplexity`; returns the
 * QUERY_TOO_COMPLEX error (HTTP 400) to raise, or undefined.
 */
export function createComplexityCheck(
  maxComplexity: number,
): (request: ComplexityRequest) => GraphQLError | undefined {
  return (request) => {
    const complexity = measureQueryComplexity(request);
    if (complexity <= maxComplexity) return undefined;
    return createCodedError(
      ErrorCode.QueryTooComplex,
      `The query's estimated cost is ${complexity}, over the limit of ${maxComplexity}. Ask for smaller pages (\`first\`), fewer relationships or fewer aliases at once.`,
      400,
    );
  };
}
