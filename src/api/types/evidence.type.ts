import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Where the graph says something: the report, the section and the lines of the source text, with a short exact quote. Every judgement, finding, recommendation and extracted link carries one.',
})
export class Evidence {
  @Field(() => String, { description: 'Id of the report the statement comes from.' })
  reportId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Section path in the report, e.g. "Findings > Neighbourhood Policing".',
  })
  section!: string | null;

  @Field(() => Int, { nullable: true, description: 'First line (1-based) in the report file.' })
  lineStart!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Last line (1-based, inclusive) in the report file.',
  })
  lineEnd!: number | null;

  @Field(() => String, { nullable: true, description: 'A short exact quote from those lines.' })
  quote!: string | null;
}
