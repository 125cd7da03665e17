import { registerEnumType } from 'type-graphql';

/** What the schema says about one enum and, optionally, each of its values. */
export interface DomainEnumConfig<V extends string> {
  name: string;
  description: string;
  valuesConfig?: { [K in V]?: { description?: string; deprecationReason?: string } };
}

/**
 * A GraphQL enum from one of the closed sets in `src/domain` (each value is its own name), so
 * that ingestion, the graph and the schema share one list. Returns the object to name in
 * `@Field(() => X)`; the stored strings are the values, so nodes resolve without mapping.
 */
export function registerDomainEnum<const V extends string>(
  values: readonly V[],
  config: DomainEnumConfig<V>,
): { readonly [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as {
    readonly [K in V]: K;
  };
  registerEnumType(enumObject, config);
  return enumObject;
}
