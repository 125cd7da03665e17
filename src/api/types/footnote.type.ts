import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description:
    'A footnote printed at the foot of a page, kept apart from the passage or item that cites it.',
})
export class Footnote extends Node {
  @Field(() => ID, {
    description:
      'Stable id: the report id, `/footnote/` and its mark, e.g. "2017-03-metropolitan-police-peel-effectiveness-2016/footnote/12".',
  })
  override id!: string;

  @Field(() => String, { description: 'The mark as printed: its number, or "*".' })
  mark!: string;

  @Field(() => String, { description: 'The footnote text, mark removed.' })
  text!: string;
}
