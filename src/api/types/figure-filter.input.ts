import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { ComparatorKind, FigureUnit } from './figure.type.js';

@InputType({
  description:
    'Which figures to list. Every filter given must hold (AND); within one list, any value may match (OR). An omitted or null list does not filter; an empty list matches nothing. Unknown ids match nothing.',
})
export class FigureFilter {
  @Field(() => [ID], { nullable: true, description: 'Only figures about any of these forces.' })
  forceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only figures stated in any of these reports.',
  })
  reportIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only figures printed under any of these inspection themes; a theme also matches its sub-themes unless `exactTheme` is true.',
  })
  themeIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Match `themeIds` exactly, without their sub-themes.',
  })
  exactTheme?: boolean;

  @Field(() => [FigureUnit], {
    nullable: true,
    description: 'Only figures in any of these units, e.g. `[PERCENT]`.',
  })
  units?: FigureUnit[] | null;

  @Field(() => [ComparatorKind], {
    nullable: true,
    description:
      'Only figures compared with any of these, e.g. `[ENGLAND_AND_WALES]`; `[]` would match nothing, omit it for figures with or without a comparator.',
  })
  comparedWith?: ComparatorKind[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all occur in what the figure measures or the sentence that states it, as whole words, ignoring case and accents (`organised crime`). Blank or punctuation only: no text filter.',
  })
  text?: string | null;
}

@ArgsType()
export class FiguresArgs extends ConnectionArgs {
  @Field(() => FigureFilter, { nullable: true, description: 'Omit to list every figure.' })
  filter?: FigureFilter | null;
}
