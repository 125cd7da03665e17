import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { ForceFactCategory } from './entity-kind.enum.js';

@ObjectType({
  implements: Node,
  description:
    'A figure a report states about a force: from its overview (area, population, households, number of basic command units, ...) or a performance indicator (e.g. a crime rate per 10,000 population with its change and the most-similar-forces average).',
})
export class ForceFact extends Node {
  @Field(() => ForceFactCategory, {
    description: 'OVERVIEW (force overview) or INDICATOR (performance table).',
  })
  category!: ForceFactCategory;

  @Field(() => String, { description: 'What is measured, e.g. "population".' })
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The value as a number; null where the printed value is not a number.',
  })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'The value as printed.' })
  valueText!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Unit of the value, e.g. "square miles", "per 10,000 population"; null where the report prints none.',
  })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Period the value refers to, as printed; null where the report prints none.',
  })
  period!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Change on the previous period, where printed (percentage points or percent, as the report prints it); null otherwise.',
  })
  change!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the value is compared with, e.g. "MSF average"; null where the report compares it with nothing.',
  })
  comparator!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "The comparator's value; null where there is no comparator or it has no value.",
  })
  comparatorValue!: number | null;
}
