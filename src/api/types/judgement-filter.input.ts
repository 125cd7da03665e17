import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FrameworkFamily } from './framework.enum.js';
import { Grade, GradeScaleId } from './grade.type.js';
import { JudgementStatement } from './judgement-statement.enum.js';
import { OrderDirection } from './order.input.js';

@InputType({
  description:
    'Which judgements to list. Every filter given must hold (AND); within one list, any value may match (OR). An omitted or null list does not filter; an empty list matches nothing. Unknown ids match nothing.',
})
export class JudgementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only grades of any of these forces.' })
  forceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only grades given in any of these reports.' })
  reportIds?: string[] | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Only grades of reports published in any of these years, e.g. `[2007]`.',
  })
  years?: number[] | null;

  @Field(() => [FrameworkFamily], {
    nullable: true,
    description: 'Only grades of reports of any of these inspection frameworks.',
  })
  frameworks?: FrameworkFamily[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only grades on any of these themes; a theme also matches its sub-themes unless `exactTheme` is true.',
  })
  themeIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'True: a theme (in `themeIds`, or the theme whose list this is) matches only the grades given on it, not on its sub-themes.',
  })
  exactTheme?: boolean;

  @Field(() => [Grade], {
    nullable: true,
    description: 'Only these grades (GOOD matches Good on either scale that has it).',
  })
  grades?: string[] | null;

  @Field(() => [GradeScaleId], { nullable: true, description: 'Only grades on these scales.' })
  scales?: string[] | null;

  @Field(() => [JudgementStatement], {
    nullable: true,
    defaultValue: ['THIS_REPORT'],
    description:
      'Whose grades: THIS_REPORT (the default) lists the grades the reports give; `[EARLIER]` the grades they state earlier inspections gave (`year` and `assessment` say which; `reportIds`, `years` and `frameworks` then select the report that states them); `[THIS_REPORT, EARLIER]` or null both.',
  })
  stated?: JudgementStatement[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only weak grades (`GradeLevel.weak`: rank `weakFromRank` or worse); false: only the others; omit for both.',
  })
  weak?: boolean | null;
}

/** What a list of judgements can be ordered by. */
export enum JudgementOrderField {
  PUBLISHED_ON = 'PUBLISHED_ON',
  GRADE = 'GRADE',
}

registerEnumType(JudgementOrderField, {
  name: 'JudgementOrderField',
  description: 'What a list of judgements is ordered by.',
  valuesConfig: {
    PUBLISHED_ON: {
      description:
        "The report's month of publication (then report id); within a report, the order it prints its grades.",
    },
    GRADE: {
      description:
        'The rank of the grade on its scale (ASC: best first), then newest report first, then print order.',
    },
  },
});

@InputType({
  description:
    'How to order judgements: `{ field: PUBLISHED_ON, direction: DESC }` (the default) lists the newest report first; `{ field: PUBLISHED_ON, direction: ASC }` is a timeline; `{ field: GRADE, direction: ASC }` puts the best grades first.',
})
export class JudgementOrder {
  @Field(() => JudgementOrderField, {
    defaultValue: JudgementOrderField.PUBLISHED_ON,
    description: 'What to order by.',
  })
  field!: JudgementOrderField;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.DESC,
    description:
      'PUBLISHED_ON: DESC newest first, ASC oldest first. GRADE: ASC best first, DESC worst first.',
  })
  direction!: OrderDirection;
}

/** The arguments of every list of judgements, at the root and on a force or a theme. */
@ArgsType()
export class JudgementsArgs extends ConnectionArgs {
  @Field(() => JudgementFilter, { nullable: true, description: 'Omit to list every judgement.' })
  filter?: JudgementFilter | null;

  @Field(() => JudgementOrder, {
    nullable: true,
    description: 'Omit for the newest report first, each report in the order it prints its grades.',
  })
  orderBy?: JudgementOrder | null;
}
