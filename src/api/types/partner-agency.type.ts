import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description:
    'An organisation outside the police that reports name as working with forces: councils, health bodies, criminal justice agencies, schools, charities, government departments.',
})
export class PartnerAgency extends Node {
  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, e.g. "CPS".' })
  acronym!: string | null;

  @Field(() => [String], { description: 'Other names the reports use.' })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Sector: LOCAL_GOVERNMENT, HEALTH, CRIMINAL_JUSTICE, EDUCATION, VOLUNTARY, CENTRAL_GOVERNMENT, BUSINESS, ...',
  })
  sector!: string | null;

  @Field(() => Boolean, {
    description:
      'True if it comes from the curated vocabulary, false if discovered in report text.',
  })
  curated!: boolean;
}
