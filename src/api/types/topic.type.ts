import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type.js';
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
  description:
    'A topic an item is tagged with, and why: the cue of the topic taxonomy, the words of the text it matched and the sentence.',
})
export class TopicTag {
  @Field(() => Topic, { description: 'The topic.' })
  topic!: Topic;

  @Field(() => String, {
    nullable: true,
    description:
      'The cue of the topic taxonomy that matched, as written there (`seed/vocabulary/topics.json`): words in order, a word ending in `*` matching any word it begins (`prevent*`). See `matched` for the words of the text.',
  })
  cue!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The words of the text that matched the cue, as printed (`prevention` for the cue `prevent*`, `MARACs` for `MARAC`), recorded when the item was tagged; they stand in `evidence.quote`. Null only for a tag stored before ingestion recorded them (ingest again to fill it).',
  })
  matched!: string | null;

  @Field(() => Evidence, {
    description: 'The sentence that matched (`quote`), where the report prints the item.',
  })
  evidence!: Evidence;
}
