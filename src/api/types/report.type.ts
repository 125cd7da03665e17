import { Node } from './node.type.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { YearMonth } from './year-month.scalar.js';

@ObjectType({
  implements: Node,
  description:
    'One published inspection report about one force: the source document every judgement, finding and recommendation in the graph comes from.',
})
export class Report extends Node {
  @Field(() => ID, {
    description:
      'Stable slug: publication month, force and framework, e.g. "2007-10-metropolitan-police-inspection".',
  })
  override id!: string;

  @Field(() => String, { description: 'Title as printed on the report.' })
  title!: string;

  @Field(() => YearMonth, { description: 'Month of publication as printed, e.g. "2017-03".' })
  publishedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISBN printed on the report, where there is one.',
  })
  isbn!: string | null;

  @Field(() => String, {
    description:
      'File name of the report text under seed/reports/, the base of every line reference.',
  })
  sourceFile!: string;

  @Field(() => Int, { nullable: true, description: 'Number of lines in the source file.' })
  lineCount!: number | null;
}
