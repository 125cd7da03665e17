import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { UnitKind } from './entity-kind.enum.js';

@ObjectType({
  implements: Node,
  description:
    'A part of a force: a command, team, department, unit or basic command unit (BCU/OCU/borough).',
})
export class Unit extends Node {
  @Field(() => String, { description: 'Name as the reports use it.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Acronym, e.g. "CAIC"; null when the unit has none.',
  })
  acronym!: string | null;

  @Field(() => UnitKind, {
    nullable: true,
    description: 'What kind of part of the force it is; null where no kind is known.',
  })
  kind!: UnitKind | null;

  @Field(() => Boolean, {
    description:
      'True if it comes from the curated vocabulary, false if discovered in report text.',
  })
  curated!: boolean;
}
