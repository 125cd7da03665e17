import { Field, ObjectType } from 'type-graphql';
import type { FindingNode, ForceNode, JudgementNode, ThemeNode, TopicNode } from '../nodes.js';
import { Force } from './force.type.js';
import { Judgement } from './judgement.type.js';
import { Theme } from './theme.type.js';
import { Topic } from './topic.type.js';

@ObjectType({
  description:
    'A topic that two or more forces have weaknesses in: areas for improvement or causes of concern tagged with the topic, in any report on each force.',
})
export class SharedWeakness {
  @Field(() => Topic, { description: 'The subject the forces are weak on, e.g. "Training".' })
  topic!: TopicNode;

  @Field(() => [Force], { description: 'The forces with such a weakness, by name.' })
  forces!: ForceNode[];

  /** Every weakness finding on the topic (the `findings` field pages them). */
  weaknessFindings!: FindingNode[];
}

@ObjectType({
  description:
    'An inspection theme that two or more forces were graded at the weak end of the scale on: rank 3 or worse, i.e. Fair or Poor (2007), Fails to meet the standard (2008), Requires improvement or Inadequate (PEEL).',
})
export class SharedWeakTheme {
  @Field(() => Theme, { description: 'The theme graded.' })
  theme!: ThemeNode;

  @Field(() => [Force], { description: 'The forces graded weak on it, by name.' })
  forces!: ForceNode[];

  @Field(() => [Judgement], { description: 'The weak grades, by force and report date.' })
  judgements!: JudgementNode[];
}
