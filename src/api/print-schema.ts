import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const header = [
  '# The GraphQL schema of the inspection graph API.',
  '# Generated from the type-graphql classes in src/api by `npm run schema:emit`; do not edit.',
  '# A test fails when this file differs from what the code generates.',
].join('\n');

/** The SDL as committed in `schema/schema.graphql`: sorted, with a header, ending in a newline. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${header}\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
