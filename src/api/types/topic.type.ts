import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description:
    'A normalised subject of findings and recommendations (training, supervision, information sharing, IT systems, risk assessment, ...), from the curated taxonomy. Topics make weaknesses comparable across forces and years.',
})
export class Topic extends Node {
  @Field(() => String, { description: 'Topic name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the topic covers.' })
  description!: string | null;
}

@ObjectType({
  description: 'A topic an item is tagged with, and why: the cue in the text that matched.',
})
export class TopicTag {
  @Field(() => Topic, { description: 'The topic.' })
  topic!: Topic;

  @Field(() => String, {
    nullable: true,
    description: "The word or phrase of the text that matched the topic's cue.",
  })
  cue!: string | null;
}
