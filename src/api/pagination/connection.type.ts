import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

/**
 * The base class of a Relay connection over `nodeType` (`nodes`, `edges`, `pageInfo`,
 * `totalCount`), with its edge type `<nodeName>Edge`. Call once per node type and name the
 * connection by subclassing, which is also where its description goes:
 *
 * ```ts
 * @ObjectType({ description: 'A page of findings ...' })
 * export class FindingConnection extends createConnectionType(Finding) {}
 * ```
 *
 * The field that returns it takes `ConnectionArgs` (or an args class extending it), declares
 * `complexity: pageComplexity` and returns `resolveConnection(...)` or `sliceConnection(...)`.
 */
export function createConnectionType<TNode extends object>(
  nodeType: ClassType<TNode>,
  nodeName: string = nodeType.name,
) {
  @ObjectType(`${nodeName}Edge`, {
    description: `One ${nodeName} in a page of a list, with the cursor that points at it.`,
  })
  class Edge {
    @Field(() => String, {
      description: 'Opaque position of this item in the list; pass it as `after` to continue.',
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeName} itself.` })
    node!: TNode;
  }

  // Never in the schema itself (type-graphql 2 emits only reachable types): the subclass is.
  @ObjectType(`${nodeName}ConnectionBase`)
  abstract class Connection {
    @Field(() => [nodeType], {
      description:
        'The items of this page, in list order: the `node` of each edge, for clients that need no cursors.',
    })
    nodes!: TNode[];

    @Field(() => [Edge], {
      description: 'The items of this page, in list order, each with its cursor.',
    })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and their cursors.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: 'Number of items in the whole list (every page), after filtering.',
    })
    totalCount!: number;
  }

  return Connection;
}
