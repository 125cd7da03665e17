import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description:
    'A part of a force: a command, team, department, unit or basic command unit (BCU/OCU/borough).',
})
export class Unit extends Node {
  @Field(() => String, { description: 'Name as the reports use it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, e.g. "CAIC".' })
  acronym!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kind, e.g. COMMAND, TEAM, DEPARTMENT, UNIT, BCU.',
  })
  kind!: string | null;

  @Field(() => Boolean, {
    description:
      'True if it comes from the curated vocabulary, false if discovered in report text.',
  })
  curated!: boolean;
}
