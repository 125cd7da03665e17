import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description: "An acronym and its expansion, from a report's glossary.",
})
export class Term extends Node {
  @Field(() => String, { description: 'The acronym or abbreviation, e.g. "MARAC".' })
  acronym!: string;

  @Field(() => String, { description: 'What it stands for, as the glossary prints it.' })
  expansion!: string;
}
