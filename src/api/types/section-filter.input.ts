import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FindingKind } from './finding-kind.enum.js';
import { SectionKind } from './section.type.js';

@InputType({
  description:
    'Which sections to list. Every filter given must hold (AND); within one list, any value may match (OR). An omitted or null list does not filter; an empty list matches nothing. Unknown ids match nothing.',
})
export class SectionFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only sections of reports on any of these forces.',
  })
  forceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only sections of any of these reports.' })
  reportIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only sections on any of these inspection themes (the deepest theme heading at or above the section); a theme also matches its sub-themes unless `exactTheme` is true.',
  })
  themeIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'True: `themeIds` match only sections on exactly those themes, not on their sub-themes.',
  })
  exactTheme!: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'Only the standards with any of these codes, e.g. `["MC07", "MC18"]`.',
  })
  codes?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'True: only sections that are standards (the major crime MC01..MC25), i.e. have a `code`.',
  })
  standards!: boolean;

  @Field(() => FindingKind, {
    nullable: true,
    description:
      'Only sections in which the report prints a list of this kind as "None." (e.g. `AREA_FOR_IMPROVEMENT`: the standards with no areas for improvement).',
  })
  printedNone?: FindingKind | null;

  @Field(() => [SectionKind], {
    nullable: true,
    description: 'Only sections opened by these kinds of heading.',
  })
  kinds?: SectionKind[] | null;
}

@ArgsType()
export class SectionsArgs extends ConnectionArgs {
  @Field(() => SectionFilter, { nullable: true, description: 'Omit to list every section.' })
  filter?: SectionFilter | null;
}
