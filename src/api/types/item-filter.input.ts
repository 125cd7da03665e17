import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FindingKind } from './finding.type.js';
import { FrameworkFamily } from './framework.enum.js';
import { FindingOrder, RecommendationOrder } from './order.input.js';

const listRule =
  'An omitted or null list does not filter; an empty list matches nothing. Unknown ids match nothing.';

/**
 * The filters findings and recommendations share; the two input types below extend it, so
 * their fields and descriptions cannot drift apart. (type-graphql needs the base decorated;
 * no field takes it, so it does not appear in the schema.)
 */
@InputType()
abstract class ItemFilter {
  @Field(() => [ID], { nullable: true, description: 'Only items about any of these forces.' })
  forceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only items printed in any of these reports.' })
  reportIds?: string[] | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Only items of reports published in any of these years, e.g. `[2007, 2008]`.',
  })
  years?: number[] | null;

  @Field(() => [FrameworkFamily], {
    nullable: true,
    description: 'Only items of reports of any of these inspection frameworks.',
  })
  frameworks?: FrameworkFamily[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only items on any of these inspection themes; a theme also matches its sub-themes (`protecting-vulnerable-people` includes `protecting-vulnerable-people/domestic-violence`) unless `exactTheme` is true.',
  })
  themeIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'True: a theme (in `themeIds`, or the theme whose list this is) matches only the items filed on it, not those on its sub-themes.',
  })
  exactTheme?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Only items tagged with any of these topics.' })
  topicIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only items whose text names (MENTIONS) any of these partner agencies, units, initiatives or forces.',
  })
  mentions?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all occur in the text, as whole words, ignoring case and accents (`succession planning`). Not ranked and no typos: use `search` for that. Blank or punctuation only: no text filter.',
  })
  text?: string | null;
}

@InputType({
  description: `Which recommendations to list. Every filter given must hold (AND); within one list, any id may match (OR). ${listRule}`,
})
export class RecommendationFilter extends ItemFilter {}

@InputType({
  description: `Which findings to list. Every filter given must hold (AND); within one list, any value may match (OR). ${listRule}`,
})
export class FindingFilter extends ItemFilter {
  @Field(() => [FindingKind], {
    nullable: true,
    description:
      'Only findings of any of these kinds, e.g. `[AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN]` for weaknesses.',
  })
  kinds?: FindingKind[] | null;
}

/** The arguments of every list of findings, at the root and on any entity. */
@ArgsType()
export class FindingsArgs extends ConnectionArgs {
  @Field(() => FindingFilter, { nullable: true, description: 'Omit to list every finding.' })
  filter?: FindingFilter | null;

  @Field(() => FindingOrder, {
    nullable: true,
    description: 'Omit for the newest report first, each report in the order it prints them.',
  })
  orderBy?: FindingOrder | null;
}

/** The arguments of every list of recommendations, at the root and on any entity. */
@ArgsType()
export class RecommendationsArgs extends ConnectionArgs {
  @Field(() => RecommendationFilter, {
    nullable: true,
    description: 'Omit to list every recommendation.',
  })
  filter?: RecommendationFilter | null;

  @Field(() => RecommendationOrder, {
    nullable: true,
    description: 'Omit for the newest report first, each report in the order it prints them.',
  })
  orderBy?: RecommendationOrder | null;
}
