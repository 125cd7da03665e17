import { depthLimit } from '@graphile/depth-limit';
import { validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { createCodedError, ErrorCode } from '../errors.js';

/**
 * A check of how deeply a document nests selections: at most `maxDepth` levels of fields with
 * their own selection set (`{ forces { reports { id } } }` is 2). Only that one limit: list
 * nesting and a field inside itself count towards it like any level, and breadth is the
 * complexity limit's job. Introspection has its own caps: the library's, which stop
 * `fields { type { fields ... } }` loops, with room for the chain of `ofType` that
 * graphql 16.12's standard introspection query (the IDE's) walks: 9 deep, depth 14.
 *
 * Returns the QUERY_TOO_DEEP error (HTTP 400) to raise, or undefined.
 */
export function createDepthCheck(
  maxDepth: number,
): (schema: GraphQLSchema, document: DocumentNode) => GraphQLError | undefined {
  const rule = depthLimit({
    maxDepth,
    maxListDepth: maxDepth,
    maxSelfReferentialDepth: maxDepth,
    maxIntrospectionDepth: 16,
    maxDepthByFieldCoordinates: { '__Type.ofType': 10 },
    revealDetails: true,
  });
  return (schema, document) => {
    const [error] = validate(schema, document, [rule]);
    if (!error) return undefined;
    return createCodedError(
      ErrorCode.QueryTooDeep,
      `${error.message} Ask for fewer levels at once (the limit is ${maxDepth}).`,
      400,
    );
  };
}
