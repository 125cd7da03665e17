import { Field, ObjectType } from 'type-graphql';
import type { FindingNode } from '../nodes.js';
import { Evidence } from './evidence.type.js';
import { Finding } from './finding.type.js';

/** Kept apart from `relationship-evidence.type.ts`: it names `Finding` (see text-item.type.ts on cycles). */
@ObjectType({
  description:
    'The area for improvement or cause of concern a recommendation addresses, and where the report says so (ADDRESSES).',
})
export class AddressedFinding {
  @Field(() => Finding, { description: 'The finding.' })
  finding!: FindingNode;

  @Field(() => Evidence, {
    description: 'Where the report ties the recommendation to the finding.',
  })
  evidence!: Evidence;
}
