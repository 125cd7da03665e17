import { Field, Int, ObjectType } from 'type-graphql';
import { FindingKind } from './finding-kind.enum.js';
import { Node } from './node.type.js';
import { TextItem } from './text-item.type.js';

export { FindingKind } from './finding-kind.enum.js';

@ObjectType({
  implements: [Node, TextItem],
  description:
    'One item an inspection report lists about a force on a theme: a strength, work in progress, an area for improvement or a cause of concern. The text is the whole bullet or paragraph as printed, joined across page breaks.',
})
export class Finding extends TextItem {
  @Field(() => FindingKind, {
    description: 'Strength, work in progress, area for improvement or cause of concern.',
  })
  kind!: FindingKind;

  @Field(() => String, { description: 'The full text of the item.' })
  override text!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the item in its list (1 = first) within the report, theme and kind.',
  })
  override ordinal!: number | null;
}
