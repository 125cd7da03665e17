import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { TextItem } from './text-item.type.js';

@ObjectType({
  implements: [Node, TextItem],
  description:
    'An action an inspection report asks a force to take. 2007 and 2008 reports number them; PEEL 2016 recommendations are unnumbered bullets under a cause of concern, stored with the sentence that introduces them.',
})
export class Recommendation extends TextItem {
  @Field(() => Int, {
    nullable: true,
    description: 'Number as printed in the report; null where the report prints none.',
  })
  number!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Position among the report's recommendations (1 = first).",
  })
  override ordinal!: number | null;

  @Field(() => String, { description: 'The full text of the recommendation.' })
  override text!: string;
}
