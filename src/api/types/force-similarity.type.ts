import { Field, Float, ObjectType } from 'type-graphql';
import type { ForceNode, ThemeNode, TopicNode } from '../nodes.js';
import { Force } from './force.type.js';
import { Theme } from './theme.type.js';
import { Topic } from './topic.type.js';

@ObjectType({
  description: [
    'How alike another force is to the one asked about, judged by their weaknesses and grades.',
    'topicJaccard: the weakness topics (topics of areas for improvement and causes of concern) both forces have, divided by the topics either has.',
    'gradeAgreement: over the themes both were graded on (latest grade each), the mean of 1 - |rank difference| / (grades on the scale - 1): 1 for the same grade, 0 for opposite ends of the scale.',
    'score: the mean of the two, or topicJaccard alone when the forces share no graded theme.',
  ].join(' '),
})
export class ForceSimilarity {
  @Field(() => Force, { description: 'The other force.' })
  force!: ForceNode;

  @Field(() => Float, { description: 'Similarity from 0 (nothing shared) to 1 (identical).' })
  score!: number;

  @Field(() => Float, { description: 'Jaccard index of the two sets of weakness topics.' })
  topicJaccard!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean agreement of grades on the themes both were graded on; null if none.',
  })
  gradeAgreement!: number | null;

  @Field(() => [Topic], { description: 'Weakness topics both forces have, by name.' })
  sharedTopics!: TopicNode[];

  @Field(() => [Theme], { description: 'Themes both forces were graded on.' })
  sharedThemes!: ThemeNode[];
}
