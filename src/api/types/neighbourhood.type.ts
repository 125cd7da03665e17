import { Field, ObjectType } from 'type-graphql';
import type { AnyNode } from '../nodes.js';
import { maxWalkFanOut } from '../questions/question-bounds.js';
import { PathStep } from './graph-path.type.js';
import { Node } from './node.type.js';

@ObjectType({
  description:
    'The entities within a few relationships of one entity and the relationships between them, for drawing a graph view.',
})
export class Neighbourhood {
  @Field(() => Node, { description: 'The entity asked about.' })
  centre!: AnyNode;

  @Field(() => [Node], {
    description: 'The centre first, then the entities around it, nearest first.',
  })
  nodes!: AnyNode[];

  @Field(() => [PathStep], { description: 'Relationships between the entities listed, each once.' })
  relationships!: PathStep[];

  @Field(() => Boolean, {
    description: `True when entities within the depth were left out: by the node cap (maxNodes) or because an entity with more than ${maxWalkFanOut} relationships was not expanded.`,
  })
  truncated!: boolean;
}
