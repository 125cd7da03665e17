import { Field, ObjectType } from 'type-graphql';
import type { ForceNode, InitiativeNode, PartnerAgencyNode } from '../nodes.js';
import { Evidence } from './evidence.type.js';
import { Force } from './force.type.js';
import { Initiative } from './initiative.type.js';
import { ParticipationRole, ParticipationScope } from './participation.enum.js';
import { PartnerAgency } from './partner-agency.type.js';

@ObjectType({
  description:
    'A partner agency that takes part in a multi-agency arrangement (MASH, MARAC, MAPPA, ...) according to the reports on one force, with every sentence that says so.',
})
export class ArrangementPartner {
  @Field(() => Initiative, { description: 'The arrangement.' })
  arrangement!: InitiativeNode;

  @Field(() => PartnerAgency, { description: 'The partner agency taking part.' })
  partner!: PartnerAgencyNode;

  @Field(() => Force, {
    nullable: true,
    description:
      'The force whose inspection report says so (the partner takes part in that force area); null for a NATIONAL statement, which describes no force’s own arrangement, or if the report is not in the graph.',
  })
  force!: ForceNode | null;

  @Field(() => ParticipationScope, {
    description:
      'FORCE for the force’s own arrangement, NATIONAL for the arrangement as set up everywhere.',
  })
  scope!: ParticipationScope;

  @Field(() => [ParticipationRole], {
    description: 'How the partner takes part, as the statements below say (each role once).',
  })
  roles!: ParticipationRole[];

  @Field(() => [Evidence], {
    description: 'The sentences that place the partner in the arrangement, by report and line.',
  })
  evidence!: Evidence[];
}
