import { Field, Int, ObjectType } from 'type-graphql';
import { relationshipComplexity } from '../limits/field-complexity.js';
import { FindingCount } from './section.type.js';
import { Theme } from './theme.type.js';
import { Topic } from './topic.type.js';

@ObjectType({ description: 'How many findings of a filtered list are filed on one theme.' })
export class ThemeCount {
  @Field(() => Theme, { description: 'The theme the findings are filed on.' })
  theme!: Theme;

  @Field(() => Int, {
    description: 'Findings of the whole filtered list filed on this theme itself (at least 1).',
  })
  count!: number;
}

@ObjectType({ description: 'How many findings of a filtered list are tagged with one topic.' })
export class TopicCount {
  @Field(() => Topic, { description: 'The topic the findings are tagged with.' })
  topic!: Topic;

  @Field(() => Int, {
    description: 'Findings of the whole filtered list tagged with this topic (at least 1).',
  })
  count!: number;
}

@ObjectType({
  description:
    "Counts over the whole filtered list of findings (every page, not only the one returned), for a search page's facets: by kind, by theme and by topic. Each list leaves out what no finding of the list has and is ordered most findings first, then by kind or id. Each is one store query, run only when selected.",
})
export class FindingFacets {
  @Field(() => [FindingCount], {
    complexity: relationshipComplexity,
    description: "Findings per kind; the counts add up to the connection's `totalCount`.",
  })
  kinds!: FindingCount[];

  @Field(() => [ThemeCount], {
    complexity: relationshipComplexity,
    description:
      'Findings per theme they are filed on (a finding counts under its own theme, not under the parents of that theme); findings filed on no theme are in no entry.',
  })
  themes!: ThemeCount[];

  @Field(() => [TopicCount], {
    complexity: relationshipComplexity,
    description:
      'Findings per topic they are tagged with; a finding with several topics counts under each, one with none under none, so the counts need not add up to `totalCount`.',
  })
  topics!: TopicCount[];
}
