import { Node } from './node.type.js';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  implements: Node,
  description:
    'A territorial police force of England and Wales, as inspected by HMIC (now HMICFRS). One node per force, shared by every report about it.',
})
export class Force extends Node {
  @Field(() => ID, {
    description: 'Stable slug of the canonical force name, e.g. "metropolitan-police".',
  })
  override id!: string;

  @Field(() => String, { description: 'Canonical name, e.g. "Metropolitan Police".' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short form used in the reports, e.g. "MPS".',
  })
  shortName!: string | null;

  @Field(() => [String], { description: 'Other names the reports use for this force.' })
  aliases!: string[];
}
