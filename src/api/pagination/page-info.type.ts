import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Where a page sits in its list, and the cursors to ask for the next page with (Relay cursor connections).',
})
export class PageInfo {
  @Field(() => Boolean, {
    description: 'True when more items follow this page: ask again with `after: endCursor`.',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'True when items come before this page, i.e. the page was asked for with `after`.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item on this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; null when the page is empty.',
  })
  endCursor!: string | null;
}
