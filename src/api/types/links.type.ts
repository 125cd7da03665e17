import { createUnionType, Field, ObjectType } from 'type-graphql';
import { Body } from './body.type.js';
import { Evidence } from './evidence.type.js';
import { Force } from './force.type.js';
import { Initiative } from './initiative.type.js';
import { Node } from './node.type.js';
import { ParticipationRole, ParticipationScope } from './participation.enum.js';
import { PartnerAgency } from './partner-agency.type.js';
import { Unit } from './unit.type.js';
import type { AnyNode, ForceNode, InitiativeNode, PartnerAgencyNode } from '../nodes.js';

// Nodes come from the store with their label, which is the name of their GraphQL type.
export const resolveByLabel = (value: unknown) => (value as { _label?: string })._label;

/**
 * What report text can name (the targets of MENTIONS in `src/domain/model.ts`), so a client
 * can switch exhaustively over `Mention.target`.
 */
export const Mentionable = createUnionType({
  name: 'Mentionable',
  description:
    'An entity the text of a report can name: a force, partner agency, other organisation (body), unit or initiative.',
  types: () => [Force, PartnerAgency, Body, Unit, Initiative] as const,
  resolveType: resolveByLabel,
});

@ObjectType({
  description:
    'An entity named in the text of a finding, recommendation or initiative, with the sentence that names it.',
})
export class Mention {
  @Field(() => Mentionable, {
    description:
      'The force, partner agency, body, unit or initiative named; switch on `__typename` (`... on Unit { ... }`).',
  })
  target!: AnyNode;

  @Field(() => Node, {
    description: 'The partner agency, unit, initiative or force named.',
    deprecationReason: 'Use `target`, whose union type lists what text can name.',
  })
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
