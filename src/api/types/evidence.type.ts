import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "A span of lines of a report's source text, 1-based and inclusive: the lines `Report.lines(from: start, to: end)` serves.",
})
export class LineSpan {
  @Field(() => Int, { description: 'First line (1-based).' })
  start!: number;

  @Field(() => Int, { description: 'Last line (1-based, inclusive).' })
  end!: number;
}

/**
 * The one evidence shape of the API: every node and relationship that records where a report
 * says something is served as this type (build it with `toEvidence` in
 * `src/api/resolvers/evidence.ts`; `report` and `context` are resolved in
 * `evidence.resolver.ts`). Never declare another wrapper for provenance.
 */
@ObjectType({
  description:
    'Where the graph says something: the report, the section and the lines of the source text, with the quoted sentence. Every judgement, finding, recommendation and extracted relationship carries one; `Report.lines` serves the text around it.',
})
export class Evidence {
  /** The report's id; `report` resolves it. */
  @Field(() => String, {
    description: 'Id of the report the statement comes from.',
    deprecationReason: 'Use `report { id }`.',
  })
  reportId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Section path in the report, e.g. "Findings > Neighbourhood Policing".',
  })
  section!: string | null;

  @Field(() => LineSpan, {
    nullable: true,
    description:
      "The lines of the report's source text the statement is printed on; null where unknown.",
  })
  lines!: LineSpan | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A short exact quote of what the report prints there (the sentence that names an entity, the start of an item), at most 300 characters, with layout whitespace (tabs, runs of spaces, line breaks) collapsed to single spaces.',
  })
  quote!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'First line (1-based) in the report file.',
    deprecationReason: 'Use `lines { start }`.',
  })
  lineStart!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Last line (1-based, inclusive) in the report file.',
    deprecationReason: 'Use `lines { end }`.',
  })
  lineEnd!: number | null;
}
