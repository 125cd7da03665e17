import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay object identification: every entity has a globally unique id and can be fetched
 * with `node(id:)`. The store returns each node with `_label`, its single graph label, which
 * is also the name of its GraphQL type.
 */
@InterfaceType({
  description: 'Any entity of the graph, identified by an id that is unique across all types.',
  resolveType: (value: { _label?: string }) => value._label,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id, unique across all entity types.' })
  id!: string;
}
