import { ObjectType } from 'type-graphql';
import { createConnectionType } from '../pagination/connection.type.js';
import { Finding } from './finding.type.js';
import { Recommendation } from './recommendation.type.js';

@ObjectType({
  description:
    'A page of findings, newest report first, then in the order each report prints them; `totalCount` counts every finding that passes the filter.',
})
export class FindingConnection extends createConnectionType(Finding) {}

@ObjectType({
  description:
    'A page of recommendations, newest report first, then in the order each report prints them; `totalCount` counts every recommendation that passes the filter.',
})
export class RecommendationConnection extends createConnectionType(Recommendation) {}
