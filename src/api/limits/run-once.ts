import type { GraphQLSchema } from 'graphql';
import { rootFieldKey } from './root-field-key.js';

/** Where a request keeps the results of its root fields (see `runRootFieldsOnce`). */
export interface RootFieldResults {
  readonly rootFieldResults?: Map<string, unknown>;
}

/**
 * Makes each root field run once per request for the same arguments: `a: paths(...) b:
 * paths(...)` with identical arguments reads and walks once, and both aliases get that one
 * result (what is selected below each still resolves on its own, through the request's
 * loaders). The query complexity counts such repeats once too. Changes the schema's root
 * resolvers in place; a context without `rootFieldResults` runs every field as usual.
 */
export function runRootFieldsOnce(schema: GraphQLSchema): GraphQLSchema {
  const root = schema.getQueryType();
  for (const field of Object.values(root?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: RootFieldResults, info) => {
      const results = context?.rootFieldResults;
      if (!results) return resolve(source, args, context, info);
      const key = rootFieldKey(info.fieldName, args);
      if (!results.has(key)) results.set(key, resolve(source, args, context, info));
      return results.get(key);
    };
  }
  return schema;
}
