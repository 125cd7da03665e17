import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type * as QueryComplexityModule from 'graphql-query-complexity';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { createCodedError, ErrorCode } from '../errors.js';
import { plainFieldComplexity, type ComplexityScratch } from './field-complexity.js';
import { rootFieldKey } from './root-field-key.js';

// The package's ESM build imports `graphql/index.mjs`, a second copy of graphql next to the
// CommonJS one everything else loads, and graphql refuses a schema from the other copy. Its
// CommonJS build shares ours.
const { getComplexity, fieldExtensionsEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexityModule;

/** Introspection (`__schema`, `__type`, `__typename`) costs nothing: its size is the schema's. */
const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  field.name.startsWith('__') ? 0 : undefined;

/**
 * Field costs: introspection is free, a field with a `complexity` (set by `@Field` or
 * `@FieldResolver`, see `field-complexity.ts`) costs that, any other field 1 plus its
 * children times its rows.
 */
const estimators = [introspectionEstimator, fieldExtensionsEstimator(), plainFieldComplexity];

function estimate(options: ComplexityEstimatorArgs): number {
  for (const estimator of estimators) {
    const cost = estimator(options);
    if (typeof cost === 'number') return cost;
  }
  return 0;
}

/**
 * A root field whose own cost (what it reads, before what is selected below it) is at least
 * this is an expensive question: `sharedWeaknesses`, `similarForces`, `paths`, a deep
 * `neighbourhood`. A request may ask at most MAX_EXPENSIVE_FIELDS different ones.
 */
export const expensiveFieldCost = 100;

/** What a complexity check needs from the request. */
export interface ComplexityRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | undefined;
}

/** The estimated cost of an operation, and the expensive root fields it asks. */
export interface ComplexityMeasure {
  complexity: number;
  /** `field(args)` of each different expensive root field, in document order. */
  expensiveFields: string[];
}

/**
 * The estimated cost of the operation a request runs, every alias counted in full (root fields
 * repeated with the same arguments do run once, `run-once.ts`, but a request that repeats
 * itself is refused before that matters), and its different expensive root fields. Throws
 * BAD_USER_INPUT (HTTP 400) where the variables do not fit the operation, and
 * QUERY_TOO_COMPLEX where the document has more selections than the library will walk.
 */
export function measureQueryComplexity(request: ComplexityRequest): ComplexityMeasure {
  const rootType = request.schema.getQueryType();
  const seen = new Set<string>();
  const expensiveFields: string[] = [];
  const rootFieldEstimator: ComplexityEstimator = (options) => {
    const full = estimate(options);
    if (options.type !== rootType) return full;
    const own = estimate({ ...options, childComplexity: 0 });
    const key = rootFieldKey(options.field.name, options.args);
    if (own >= expensiveFieldCost && !seen.has(key)) expensiveFields.push(key);
    seen.add(key);
    return full;
  };
  const scratch: ComplexityScratch = { perListCosts: new Map() };
  try {
    const complexity = getComplexity({
      schema: request.schema,
      query: request.document,
      estimators: [rootFieldEstimator],
      context: scratch,
      ...(request.operationName ? { operationName: request.operationName } : {}),
      variables: request.variables ?? {},
    });
    return { complexity, expensiveFields };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (/maximum allowed number of nodes/.test(error.message))
      throw createCodedError(ErrorCode.QueryTooComplex, error.message, 400);
    throw createCodedError(ErrorCode.BadUserInput, error.message, 400);
  }
}

/** The limits a complexity check applies. */
export interface ComplexityLimits {
  maxQueryComplexity: number;
  maxExpensiveFields: number;
}

/**
 * A check of a request's estimated cost against `maxQueryComplexity` and of its expensive root
 * fields against `maxExpensiveFields`; returns the QUERY_TOO_COMPLEX error (HTTP 400) to raise,
 * or undefined.
 */
export function createComplexityCheck(
  limits: ComplexityLimits,
): (request: ComplexityRequest) => GraphQLError | undefined {
  return (request) => {
    const { complexity, expensiveFields } = measureQueryComplexity(request);
    if (expensiveFields.length > limits.maxExpensiveFields) {
      const names = [...new Set(expensiveFields.map((key) => key.split('(')[0]))].join(', ');
      return createCodedError(
        ErrorCode.QueryTooComplex,
        `The query asks ${expensiveFields.length} expensive questions (${names}), over the limit of ${limits.maxExpensiveFields} per request. Ask them in separate requests.`,
        400,
      );
    }
    if (complexity <= limits.maxQueryComplexity) return undefined;
    return createCodedError(
      ErrorCode.QueryTooComplex,
      `The query's estimated cost is ${complexity}, over the limit of ${limits.maxQueryComplexity}. Ask for smaller pages (\`first\`), fewer relationships or fewer aliases at once.`,
      400,
    );
  };
}
