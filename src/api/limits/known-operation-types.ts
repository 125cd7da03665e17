import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose type the schema does not have (`mutation`, `subscription`: this
 * API only reads), at validation, so that it gets GRAPHQL_VALIDATION_FAILED and HTTP 400 like
 * any other invalid document, and is not logged as a server error. graphql 16 leaves this to
 * execution, which fails with an internal error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${node.operation} operations: it only answers queries.`, {
        nodes: node,
      }),
    );
  },
});
