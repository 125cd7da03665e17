import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { PartnerSector, PublicBodyKind } from './entity-kind.enum.js';
import { OrganisationRole } from './organisation-role.enum.js';

@ObjectType({
  implements: Node,
  description:
    'An organisation a report names that is not a partner agency nor one of the 43 forces: a national policing body, a staff association or internal group, an inspectorate or oversight body, a regional police unit, another force, or another body. `role` says which.',
})
export class Body extends Node {
  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Acronym, e.g. "HMIC"; null when the body has none.',
  })
  acronym!: string | null;

  @Field(() => [String], { description: 'Other names the reports use.' })
  aliases!: string[];

  @Field(() => OrganisationRole, { description: 'What the body is to a police force.' })
  role!: OrganisationRole;

  @Field(() => PartnerSector, {
    nullable: true,
    description: 'The kind of organisation, as for partner agencies; null where none is known.',
  })
  sector!: PartnerSector | null;

  @Field(() => PublicBodyKind, {
    nullable: true,
    description:
      'The kind of public body, for bodies from the gazetteers of UK public bodies and local authorities (an inspectorate such as Ofsted); null for the others (national policing bodies, staff associations, other forces, ...).',
  })
  kind!: PublicBodyKind | null;

  @Field(() => Boolean, {
    description:
      'True if it comes from the curated vocabulary, false if discovered in report text.',
  })
  curated!: boolean;
}
