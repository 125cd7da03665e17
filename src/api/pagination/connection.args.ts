import { ArgsType, Field, Int } from 'type-graphql';
import { defaultPageSize, maxPageSize } from './page-window.js';

/**
 * The paging arguments of every connection field. Extend it to add filters:
 * `@ArgsType() class FindingsArgs extends ConnectionArgs { ... }`, then check it with
 * `readPageWindow` or `resolveConnection`.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    defaultValue: defaultPageSize,
    description: `How many items to return, from 0 to ${maxPageSize}; more is an error (BAD_USER_INPUT). Page through longer lists with \`after\`.`,
  })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the items after this cursor: the `endCursor` of the previous page. Omit for the first page.',
  })
  after?: string | null;
}
