import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type.js';
import { Force } from './force.type.js';
import { Initiative } from './initiative.type.js';
import { Node } from './node.type.js';
import { ParticipationRole, ParticipationScope } from './participation.enum.js';
import { PartnerAgency } from './partner-agency.type.js';
import type { ForceNode, InitiativeNode, PartnerAgencyNode } from '../nodes.js';

@ObjectType({
  description:
    'An entity named in the text of a finding, recommendation or initiative, with the sentence that names it.',
})
export class Mention {
  @Field(() => Node, { description: 'The partner agency, unit, initiative or force named.' })
  entity!: Node;

  @Field(() => Evidence, { description: 'Where the text names it.' })
  evidence!: Evidence;
}

@ObjectType({
  description: 'A partner agency taking part in an initiative, and the text that says so.',
})
export class Participation {
  @Field(() => PartnerAgency, { description: 'The partner agency.' })
  partner!: PartnerAgencyNode;

  @Field(() => Initiative, { description: 'The initiative or multi-agency arrangement.' })
  initiative!: InitiativeNode;

  @Field(() => ParticipationRole, { description: 'How the partner takes part, as the text says.' })
  role!: ParticipationRole;

  @Field(() => ParticipationScope, {
    description:
      'FORCE when the text describes the force’s own arrangement, NATIONAL when it describes the arrangement as set up everywhere.',
  })
  scope!: ParticipationScope;

  @Field(() => Evidence, { description: 'Where a report says the partner takes part.' })
  evidence!: Evidence;
}

@ObjectType({
  description: 'A force a report names as most similar to another (its most-similar-forces group).',
})
export class SimilarForce {
  @Field(() => Force, { description: 'The similar force.' })
  force!: ForceNode;

  @Field(() => Evidence, { description: 'Where the report names the group.' })
  evidence!: Evidence;
}

@ObjectType({
  description:
    'A finding, recommendation or initiative whose text names an entity, with the sentence that names it.',
})
export class MentionSource {
  @Field(() => Node, { description: 'The finding, recommendation or initiative.' })
  item!: Node;

  @Field(() => Evidence, { description: 'Where its text names the entity.' })
  evidence!: Evidence;
}
