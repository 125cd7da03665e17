import { Node } from './node.type.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FrameworkFamily } from './framework.enum.js';

@ObjectType({
  implements: Node,
  description:
    'An inspection theme: an area of policing a framework judges, such as "Domestic violence" under "Protecting vulnerable people", or a PEEL core question. Themes form a hierarchy and are shared across reports of the same framework.',
})
export class Theme extends Node {
  @Field(() => ID, {
    description: 'Stable slug path, e.g. "protecting-vulnerable-people/domestic-violence".',
  })
  override id!: string;

  @Field(() => String, { description: 'Canonical theme name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The question the inspection asks on this theme, where the framework words it as one (PEEL core questions); null for other themes.',
  })
  question!: string | null;

  @Field(() => FrameworkFamily, { description: 'Inspection framework the theme belongs to.' })
  framework!: FrameworkFamily;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the theme among its siblings in the reports.',
  })
  ordinal!: number | null;
}
