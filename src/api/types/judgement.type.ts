import { Node } from './node.type.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { createConnectionType } from '../pagination/connection.type.js';
import { Grade, GradeLevel } from './grade.type.js';

@ObjectType({
  description:
    "How many forces in England and Wales received one grade on a theme, as printed in the report's national summary.",
})
export class GradeCount {
  @Field(() => Grade, { description: 'The grade.' })
  grade!: Grade;

  @Field(() => GradeLevel, { description: 'The grade on its scale: label, rank, position, weak.' })
  level!: GradeLevel;

  @Field(() => Int, { description: 'Number of forces nationally that received this grade.' })
  forces!: number;
}

@ObjectType({
  implements: Node,
  description: [
    'A graded judgement: the grade one report gave one force on one theme (`stated: THIS_REPORT`), or a grade a report states an earlier inspection gave (`stated: EARLIER`, with its `year` and `assessment`).',
    'Grades depend on the framework, each on its own scale (`scale`, and `gradeScales` for all):',
    '2007 inspections: Excellent, Good, Fair, Poor (Fair meets national threshold standards).',
    '2008 major crime inspection: Exceeds the standard, Meets the standard, Fails to meet the standard.',
    'PEEL: Outstanding, Good, Requires improvement, Inadequate.',
  ].join(' '),
})
export class Judgement extends Node {
  @Field(() => ID, {
    description:
      'Stable id: report id and theme (`…/judgement/<theme>`); for an EARLIER grade, report id, year and theme (`…/earlier-judgement/2015/<theme>`).',
  })
  override id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the grade on its scale, 1 = best (also `level.rank`).',
  })
  rank!: number | null;
}

@ObjectType({
  description:
    'A page of judgements, in the order asked for (newest report first by default); `totalCount` counts every judgement that passes the filter.',
})
export class JudgementConnection extends createConnectionType(Judgement) {}
