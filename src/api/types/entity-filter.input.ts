import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { InitiativeKind, PartnerSector, UnitKind } from './entity-kind.enum.js';
import { OrganisationRole } from './organisation-role.enum.js';

const listRule =
  'Every filter given must hold (AND); within one list, any value may match (OR). An omitted or null list does not filter; an empty list matches nothing. Unknown ids match nothing.';

const nameContains = {
  nullable: true,
  description:
    'Case-insensitive part of the name, acronym or another name the reports use (`mash` finds "Multi-agency safeguarding hub (MASH)"). Not word-based: for words in text use `text` filters, for ranked search `search(query:)`.',
} as const;

const curated = {
  nullable: true,
  description:
    'True: only entries of the curated vocabulary; false: only names discovered in report text; omit for both.',
} as const;

@InputType({ description: `Which initiatives to list. ${listRule}` })
export class InitiativeFilter {
  @Field(() => [InitiativeKind], {
    nullable: true,
    description: 'Only initiatives of these kinds.',
  })
  kinds?: InitiativeKind[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only initiatives the reports say any of these forces run (RUNS).',
  })
  forceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only initiatives any of these partner agencies take part in (PARTICIPATES_IN).',
  })
  partnerIds?: string[] | null;

  @Field(() => String, nameContains)
  nameContains?: string | null;

  @Field(() => Boolean, curated)
  curated?: boolean | null;
}

@InputType({ description: `Which partner agencies to list. ${listRule}` })
export class PartnerAgencyFilter {
  @Field(() => [PartnerSector], { nullable: true, description: 'Only agencies of these sectors.' })
  sectors?: PartnerSector[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only agencies taking part in any of these initiatives (PARTICIPATES_IN).',
  })
  initiativeIds?: string[] | null;

  @Field(() => String, nameContains)
  nameContains?: string | null;

  @Field(() => Boolean, curated)
  curated?: boolean | null;
}

@InputType({ description: `Which units to list. ${listRule}` })
export class UnitFilter {
  @Field(() => [UnitKind], { nullable: true, description: 'Only units of these kinds.' })
  kinds?: UnitKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only units of any of these forces.' })
  forceIds?: string[] | null;

  @Field(() => String, nameContains)
  nameContains?: string | null;

  @Field(() => Boolean, curated)
  curated?: boolean | null;
}

@InputType({ description: `Which bodies to list. ${listRule}` })
export class BodyFilter {
  @Field(() => [OrganisationRole], {
    nullable: true,
    description: 'Only bodies of these roles (`[OVERSIGHT_BODY, NATIONAL_POLICING_BODY]`).',
  })
  roles?: OrganisationRole[] | null;

  @Field(() => String, nameContains)
  nameContains?: string | null;

  @Field(() => Boolean, curated)
  curated?: boolean | null;
}

@ArgsType()
export class InitiativesArgs extends ConnectionArgs {
  @Field(() => InitiativeFilter, { nullable: true, description: 'Omit to list every initiative.' })
  filter?: InitiativeFilter | null;
}

@ArgsType()
export class PartnerAgenciesArgs extends ConnectionArgs {
  @Field(() => PartnerAgencyFilter, {
    nullable: true,
    description: 'Omit to list every partner agency.',
  })
  filter?: PartnerAgencyFilter | null;
}

@ArgsType()
export class UnitsArgs extends ConnectionArgs {
  @Field(() => UnitFilter, { nullable: true, description: 'Omit to list every unit.' })
  filter?: UnitFilter | null;
}

@ArgsType()
export class BodiesArgs extends ConnectionArgs {
  @Field(() => BodyFilter, { nullable: true, description: 'Omit to list every body.' })
  filter?: BodyFilter | null;
}
