import { Query, Resolver } from 'type-graphql';
import { gradeScales } from '../../domain/grade-scales.js';
import { GradeScale, toGradeScale } from '../types/grade.type.js';

@Resolver(() => GradeScale)
export class GradeScaleResolver {
  @Query(() => [GradeScale], {
    description:
      'Every grade scale the reports use, with its grades best first and where weakness starts: how to read and compare `Judgement.grade` across frameworks.',
  })
  gradeScales(): GradeScale[] {
    return gradeScales.map(toGradeScale);
  }
}
