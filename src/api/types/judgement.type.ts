import { Node } from './node.type.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "How many forces in England and Wales received one grade on a theme, as printed in the report's national summary.",
})
export class GradeCount {
  @Field(() => String, { description: 'The grade, as in Judgement.grade.' })
  grade!: string;

  @Field(() => Int, { description: 'Number of forces nationally that received this grade.' })
  forces!: number;
}

@ObjectType({
  implements: Node,
  description: [
    'A graded judgement: the grade one report gave one force on one theme.',
    'Grades depend on the framework. 2007 inspections: Excellent, Good, Fair, Poor (Fair meets national threshold standards).',
    '2008 major crime inspection: whether the force meets the standard (e.g. "Meets the standard", "Exceeds the standard").',
    'PEEL 2016: Outstanding, Good, Requires improvement, Inadequate.',
  ].join(' '),
})
export class Judgement extends Node {
  @Field(() => ID, { description: 'Stable id: report id and theme.' })
  override id!: string;

  @Field(() => String, {
    description: 'The grade as printed, in canonical case, e.g. "Good" or "Requires improvement".',
  })
  grade!: string;

  @Field(() => String, {
    description: 'The grade scale of the framework, which says how to read and compare the grade.',
  })
  scale!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the grade on its scale, 1 = best.',
  })
  rank!: number | null;
}
