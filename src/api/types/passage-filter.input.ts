import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { PassageKind } from './passage.type.js';

@InputType({
  description:
    'Which passages to list. Every filter given must hold (AND); within one list, any value may match (OR). An omitted or null list does not filter; an empty list matches nothing. Unknown ids match nothing.',
})
export class PassageFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only passages of reports on any of these forces.',
  })
  forceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only passages of any of these reports.' })
  reportIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only passages on any of these inspection themes; a theme also matches its sub-themes unless `exactTheme` is true.',
  })
  themeIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'True: `themeIds` match only passages on exactly those themes, not on their sub-themes.',
  })
  exactTheme!: boolean;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only passages printed in any of these sections or in a section inside one of them.',
  })
  sectionIds?: string[] | null;

  @Field(() => [PassageKind], { nullable: true, description: 'Only passages of these kinds.' })
  kinds?: PassageKind[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only passages tagged with any of these topics.',
  })
  topicIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only passages whose text names (MENTIONS) any of these partner agencies, units, initiatives or forces.',
  })
  mentions?: string[] | null;
}

@ArgsType()
export class PassagesArgs extends ConnectionArgs {
  @Field(() => PassageFilter, { nullable: true, description: 'Omit to list every passage.' })
  filter?: PassageFilter | null;
}
