import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { PartnerSector, PublicBodyKind } from './entity-kind.enum.js';

@ObjectType({
  implements: Node,
  description:
    'An organisation outside the police that reports name as working with forces: councils, health bodies, criminal justice agencies, schools, charities, government departments.',
})
export class PartnerAgency extends Node {
  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Acronym, e.g. "CPS"; null when the agency has none.',
  })
  acronym!: string | null;

  @Field(() => [String], { description: 'Other names the reports use.' })
  aliases!: string[];

  @Field(() => PartnerSector, {
    nullable: true,
    description: 'The kind of organisation; null where no sector is known.',
  })
  sector!: PartnerSector | null;

  @Field(() => PublicBodyKind, {
    nullable: true,
    description:
      'The kind of public body, finer than the sector, for agencies from the gazetteers of UK public bodies and local authorities (a university, an ambulance service, a council); null for the others (charities, discovered names, ...).',
  })
  kind!: PublicBodyKind | null;

  @Field(() => Boolean, {
    description:
      'True if it comes from the curated vocabulary, false if discovered in report text.',
  })
  curated!: boolean;
}
