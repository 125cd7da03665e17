import { Field, ObjectType } from 'type-graphql';
import { perListComplexity } from '../limits/field-complexity.js';
import { createConnectionType } from '../pagination/connection.type.js';
import { FindingFacets } from './finding-facets.type.js';
import { Finding } from './finding.type.js';
import { Recommendation } from './recommendation.type.js';

@ObjectType({
  description:
    'A page of findings, newest report first, then in the order each report prints them; `totalCount` counts every finding that passes the filter, `facets` counts them by kind, theme and topic.',
})
export class FindingConnection extends createConnectionType(Finding) {
  @Field(() => FindingFacets, {
    complexity: perListComplexity,
    description:
      'Counts by kind, theme and topic over every finding that passes the filter (all pages, not only this one); asking for them with `first: 0` fetches no findings.',
  })
  facets!: FindingFacets;
}

@ObjectType({
  description:
    'A page of recommendations, newest report first, then in the order each report prints them; `totalCount` counts every recommendation that passes the filter.',
})
export class RecommendationConnection extends createConnectionType(Recommendation) {}
