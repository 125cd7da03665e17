import { Field, ObjectType } from 'type-graphql';
import { Theme } from './theme.type.js';

@ObjectType({
  description:
    "A theme of another framework on the same line of assessment: a later framework's theme carries on an earlier one's (PEEL's \"protecting vulnerable people and supporting victims\" after the 2007 inspections' \"protecting vulnerable people\"). From the project's theme vocabulary (`seed/vocabulary/themes.json`), not from a report. Grades on the two are on different scales: compare `GradeScale` positions, not labels.",
})
export class ThemeContinuation {
  @Field(() => Theme, { description: 'The theme at the other end.' })
  theme!: Theme;

  @Field(() => String, {
    description:
      'Why the two themes are taken as one line of assessment: what both frameworks say they assess.',
  })
  basis!: string;
}
