import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../../api/context.js';
import { createComplexityCheck } from '../../api/limits/query-complexity.js';
import { createDepthCheck } from '../../api/limits/query-depth.js';

export interface QueryLimitsOptions {
  maxQueryDepth: number;
  maxQueryComplexity: number;
  maxExpensiveFields: number;
}

/**
 * Refuses an operation before it runs when it nests too deeply (QUERY_TOO_DEEP), costs too
 * much or asks too many expensive questions (QUERY_TOO_COMPLEX), all HTTP 400. It runs once the document has passed GraphQL
 * validation and the operation is known, so malformed queries keep their own errors, and
 * it checks on every request (Apollo caches validated documents, not these checks).
 */
export function createQueryLimitsPlugin(
  options: QueryLimitsOptions,
): ApolloServerPlugin<ApiContext> {
  const checkDepth = createDepthCheck(options.maxQueryDepth);
  const checkComplexity = createComplexityCheck(options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          // No operation to run (several, none named): execution reports that on its own.
          if (!operation) return;
          const error =
            checkDepth(schema, document) ??
            checkComplexity({ schema, document, operationName, variables: request.variables });
          if (error) throw error;
        },
      };
    },
  };
}
