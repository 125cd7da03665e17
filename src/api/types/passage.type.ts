import { Field, ID, Int, ObjectType } from 'type-graphql';
import { createConnectionType } from '../pagination/connection.type.js';
import { registerDomainEnum } from './domain-enum.js';
import { Node } from './node.type.js';

export const PassageKind = registerDomainEnum(['PARAGRAPH', 'BULLET', 'LABELLED'] as const, {
  name: 'PassageKind',
  description: 'How a passage is printed.',
  valuesConfig: {
    PARAGRAPH: { description: 'A paragraph of prose.' },
    BULLET: {
      description: 'A bullet of a list that is not a list of findings or recommendations.',
    },
    LABELLED: {
      description: 'A line led by a label: a figure caption ("Figure 2: …"), a source or a note.',
    },
  },
});
export type PassageKind = keyof typeof PassageKind;

@ObjectType({
  implements: Node,
  description:
    "A paragraph of a report's text that is not a finding, recommendation or developing-practice item: the narrative (context, overview, the PEEL questions' answers), joined across page breaks without page footers, running heads or footnote marks. Its footnotes are kept apart (`footnotes`).",
})
export class Passage extends Node {
  @Field(() => ID, {
    description:
      'Stable id: the report id, `/passage/`, the section part of its section\'s id and its position there, e.g. "2008-07-metropolitan-police-major-crime/passage/mc02-summary/1".',
  })
  override id!: string;

  @Field(() => PassageKind, { description: 'Paragraph, bullet or labelled line.' })
  kind!: PassageKind;

  @Field(() => String, { description: 'The full text, footnote marks and bullet mark removed.' })
  text!: string;

  @Field(() => Int, { description: 'Position in the report, in reading order (1 = first).' })
  ordinal!: number;
}

@ObjectType({
  description:
    'A page of passages in reading order; `totalCount` counts every passage of the list.',
})
export class PassageConnection extends createConnectionType(Passage) {}
