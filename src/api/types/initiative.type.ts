import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { InitiativeKind } from './entity-kind.enum.js';

@ObjectType({
  implements: Node,
  description:
    'A programme, operation, scheme, system or multi-agency arrangement (MASH, MARAC, MAPPA, CDRP, LSCB, ...), or an example of developing practice a report presents. Curated initiatives come from the project vocabulary; others were discovered in the text.',
})
export class Initiative extends Node {
  @Field(() => String, { description: 'Canonical name (for developing practice: its title).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Acronym, e.g. "MASH"; null when it has none.',
  })
  acronym!: string | null;

  @Field(() => InitiativeKind, {
    nullable: true,
    description: 'What kind of initiative it is; null where no kind is known.',
  })
  kind!: InitiativeKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Short description; null where neither the vocabulary nor the report gives one.',
  })
  description!: string | null;

  @Field(() => Boolean, {
    description:
      'True if it comes from the curated vocabulary, false if discovered in report text.',
  })
  curated!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Developing practice: the inspection area it was submitted under; null for other initiatives.',
  })
  inspectionArea!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Developing practice: the problem it addressed, as the report states it; null for other initiatives.',
  })
  problem!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Developing practice: the solution the force put in place; null for other initiatives.',
  })
  solution!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Developing practice: the outcome reported; null for other initiatives.',
  })
  outcome!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Developing practice: the force contact as printed; null for other initiatives.',
  })
  contact!: string | null;
}
