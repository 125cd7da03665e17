import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  gradeCodes,
  gradePosition,
  gradeScales,
  toGradeCode,
  type GradeScale as DomainScale,
} from '../../domain/grade-scales.js';
import { registerDomainEnum } from './domain-enum.js';

/** Where each grade code occurs: "Good: 2nd of 4 on EXCELLENT_TO_POOR; ...". */
function describeGradeCode(code: string): string {
  const places = gradeScales.flatMap((scale) => {
    const index = scale.grades.findIndex((g) => toGradeCode(g.label) === code);
    if (index < 0) return [];
    const weak = index + 1 >= scale.weakFromRank ? ', weak' : '';
    return [`rank ${index + 1} of ${scale.grades.length} on ${scale.id}${weak}`];
  });
  const label = gradeScales
    .flatMap((scale) => scale.grades)
    .find((g) => toGradeCode(g.label) === code)!.label;
  return `"${label}": ${places.join('; ')}.`;
}

export const Grade = registerDomainEnum(gradeCodes, {
  name: 'Grade',
  description:
    'A grade an inspection gives, on one of the grade scales (`gradeScales`). A code may occur on two scales (GOOD): read it with its scale, or compare `GradeLevel.position` across scales.',
  valuesConfig: Object.fromEntries(
    gradeCodes.map((code) => [code, { description: describeGradeCode(code) }]),
  ),
});
export type Grade = string;

export const GradeScaleId = registerDomainEnum(
  gradeScales.map((scale) => scale.id),
  {
    name: 'GradeScaleId',
    description: 'The grade scales HMIC has used.',
    valuesConfig: Object.fromEntries(
      gradeScales.map((scale) => [scale.id, { description: `${scale.name}.` }]),
    ),
  },
);
export type GradeScaleId = string;

@ObjectType({
  description:
    'One grade on its scale: its label, its place (rank 1 = best) and whether it counts as weak.',
})
export class GradeLevel {
  @Field(() => Grade, { description: 'The grade.' })
  grade!: Grade;

  @Field(() => String, {
    description: 'The grade as reports print it, e.g. "Requires improvement".',
  })
  label!: string;

  @Field(() => GradeScaleId, { description: 'The scale the grade is on.' })
  scale!: GradeScaleId;

  @Field(() => Int, { description: 'Place on the scale, 1 = best.' })
  rank!: number;

  @Field(() => Float, {
    description:
      'Place on the scale from 0 (the best grade) to 1 (the worst): (rank - 1) / (grades on the scale - 1), so that grades on scales of different lengths compare.',
  })
  position!: number;

  @Field(() => Boolean, {
    description:
      'True for the grades the weakness questions count (`GradeScale.weakFromRank` or worse), e.g. Fair and Poor, Requires improvement and Inadequate.',
  })
  weak!: boolean;
}

@ObjectType({
  description:
    'A grade scale: its grades best first, and where weakness starts. Judgements of different frameworks use different scales.',
})
export class GradeScale {
  @Field(() => GradeScaleId, { description: 'The scale.' })
  id!: GradeScaleId;

  @Field(() => String, { description: 'What the scale is and where it is used.' })
  name!: string;

  @Field(() => [GradeLevel], { description: 'Its grades, best first.' })
  levels!: GradeLevel[];

  @Field(() => Int, {
    description: 'The best rank that counts as weak: grades of this rank or worse are weak.',
  })
  weakFromRank!: number;

  @Field(() => Boolean, {
    description:
      'Whether reports print how many forces nationally got each grade of this scale (`Judgement.nationalDistribution`).',
  })
  hasNationalDistribution!: boolean;
}

/** The level of the grade at `rank` (1 = best) on a domain scale. */
export function toGradeLevel(scale: DomainScale, rank: number): GradeLevel {
  const grade = scale.grades[rank - 1];
  if (!grade) throw new Error(`No grade of rank ${rank} on scale ${scale.id}`);
  return {
    grade: toGradeCode(grade.label),
    label: grade.label,
    scale: scale.id,
    rank,
    position: gradePosition(scale, rank),
    weak: rank >= scale.weakFromRank,
  };
}

/** A domain scale as the GradeScale type. */
export function toGradeScale(scale: DomainScale): GradeScale {
  return {
    id: scale.id,
    name: scale.name,
    levels: scale.grades.map((_, i) => toGradeLevel(scale, i + 1)),
    weakFromRank: scale.weakFromRank,
    hasNationalDistribution: scale.hasDistribution,
  };
}

/**
 * The level of a grade label on the scale with this id, or undefined when either is unknown
 * (labels are compared in any case: they are stored in canonical case).
 */
export function findGradeLevel(scaleId: string, label: string): GradeLevel | undefined {
  const scale = gradeScales.find((s) => s.id === scaleId);
  const index = scale?.grades.findIndex((g) => g.label.toLowerCase() === label.toLowerCase());
  return scale && index !== undefined && index >= 0 ? toGradeLevel(scale, index + 1) : undefined;
}
