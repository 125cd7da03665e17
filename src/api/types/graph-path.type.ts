import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AnyNode } from '../nodes.js';
import { Evidence } from './evidence.type.js';
import { Node } from './node.type.js';
import { RelationshipType } from './relationship-type.enum.js';

@ObjectType({
  description:
    'One relationship of the graph between two entities, in its stored direction (e.g. a Finding MENTIONS a PartnerAgency).',
})
export class PathStep {
  @Field(() => RelationshipType, { description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the entity the relationship starts from.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the entity the relationship points to.' })
  to!: string;

  @Field(() => Evidence, {
    nullable: true,
    description:
      'Where a report states the relationship, for relationships extracted from text (MENTIONS, PARTICIPATES_IN, TAGGED, ...); null for structural ones.',
  })
  evidence!: Evidence | null;
}

@ObjectType({
  description:
    'A shortest connection between two entities: the entities from start to end and the relationships joining them, in order. A relationship may point either way along the path.',
})
export class GraphPath {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [Node], { description: 'The entities along the path, start and end included.' })
  nodes!: AnyNode[];

  @Field(() => [PathStep], { description: 'The relationships, nodes[i] to nodes[i + 1].' })
  relationships!: PathStep[];
}
