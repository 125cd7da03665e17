import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FindingKind } from './finding.type.js';

@ArgsType()
export class FindingPageArgs extends ConnectionArgs {
  @Field(() => [FindingKind], {
    nullable: true,
    description: 'Only findings of these kinds; omit for all.',
  })
  kinds?: FindingKind[] | null;
}
