import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "One line of a report's source text as printed (converted from PDF: page footers, tabs between table cells and hard line breaks included), the text every line reference points into.",
})
export class SourceLine {
  @Field(() => Int, { description: 'Line number, 1-based.' })
  number!: number;

  @Field(() => String, { description: 'The line as printed, without its line break.' })
  text!: string;
}
