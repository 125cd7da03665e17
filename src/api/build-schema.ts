import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { runRootFieldsOnce } from './limits/run-once.js';
import { ForceResolver } from './resolvers/force.resolver.js';
import { JudgementResolver } from './resolvers/judgement.resolver.js';
import { ReportResolver } from './resolvers/report.resolver.js';
import { ThemeResolver } from './resolvers/theme.resolver.js';
import { FindingResolver } from './resolvers/finding.resolver.js';
import { RecommendationResolver } from './resolvers/recommendation.resolver.js';
import { InitiativeResolver } from './resolvers/initiative.resolver.js';
import { PartnerAgencyResolver } from './resolvers/partner-agency.resolver.js';
import { BodyResolver } from './resolvers/body.resolver.js';
import { UnitResolver } from './resolvers/unit.resolver.js';
import { TopicResolver } from './resolvers/topic.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { ForceFactResolver } from './resolvers/force-fact.resolver.js';
import { FigureResolver } from './resolvers/figure.resolver.js';
import { JudgementStatementResolver } from './resolvers/judgement-statement.resolver.js';
import {
  ForceFiguresResolver,
  PassageFiguresResolver,
  FindingFiguresResolver,
  RecommendationFiguresResolver,
  InitiativeFiguresResolver,
  ReportFiguresResolver,
} from './resolvers/figure-pages.resolver.js';
import { TermResolver } from './resolvers/term.resolver.js';
import { SharedWeaknessResolver } from './resolvers/shared-weakness.resolver.js';
import { ArrangementPartnerResolver } from './resolvers/arrangement-partner.resolver.js';
import { SimilarForcesResolver } from './resolvers/similar-forces.resolver.js';
import { GradeComparisonResolver } from './resolvers/grade-comparison.resolver.js';
import { GraphWalkResolver } from './resolvers/graph-walk.resolver.js';
import { ForceTimelineResolver } from './resolvers/force-timeline.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { ItemListResolver } from './resolvers/item-list.resolver.js';
import { EvidenceResolver } from './resolvers/evidence.resolver.js';
import { GradeScaleResolver } from './resolvers/grade-scale.resolver.js';
import { SectionResolver } from './resolvers/section.resolver.js';
import { PassageResolver } from './resolvers/passage.resolver.js';
import { FootnoteResolver } from './resolvers/footnote.resolver.js';
import { ReportTextResolver } from './resolvers/report-text.resolver.js';
import {
  FindingSectionResolver,
  RecommendationSectionResolver,
} from './resolvers/item-section.resolver.js';
import { lookupResolvers } from './resolvers/lookup.resolver.js';
import { mentionedByResolvers } from './resolvers/mentioned-by.resolver.js';
import { Finding } from './types/finding.type.js';
import { ForceFact } from './types/force-fact.type.js';
import { Initiative } from './types/initiative.type.js';
import { PartnerAgency } from './types/partner-agency.type.js';
import { Body } from './types/body.type.js';
import { Recommendation } from './types/recommendation.type.js';
import { Term } from './types/term.type.js';
import { TextItem } from './types/text-item.type.js';
import { Topic } from './types/topic.type.js';
import { Unit } from './types/unit.type.js';

export const resolvers = [
  ForceResolver,
  ReportResolver,
  ThemeResolver,
  JudgementResolver,
  FindingResolver,
  RecommendationResolver,
  InitiativeResolver,
  PartnerAgencyResolver,
  BodyResolver,
  UnitResolver,
  TopicResolver,
  ForceFactResolver,
  FigureResolver,
  JudgementStatementResolver,
  ForceFiguresResolver,
  ReportFiguresResolver,
  PassageFiguresResolver,
  FindingFiguresResolver,
  RecommendationFiguresResolver,
  InitiativeFiguresResolver,
  TermResolver,
  NodeResolver,
  SharedWeaknessResolver,
  ArrangementPartnerResolver,
  SimilarForcesResolver,
  GradeComparisonResolver,
  GraphWalkResolver,
  ForceTimelineResolver,
  SearchResolver,
  ItemListResolver,
  EvidenceResolver,
  GradeScaleResolver,
  SectionResolver,
  PassageResolver,
  FootnoteResolver,
  ReportTextResolver,
  FindingSectionResolver,
  RecommendationSectionResolver,
  ...mentionedByResolvers,
  ...lookupResolvers,
] as const;

/** Types reachable only through the Node interface, listed so the schema includes them. */
const orphanedTypes = [
  TextItem,
  Finding,
  Recommendation,
  Initiative,
  PartnerAgency,
  Body,
  Unit,
  Topic,
  Term,
  ForceFact,
];

/**
 * Builds the executable schema from the type-graphql classes (the single source of the SDL);
 * each root field runs once per request for the same arguments.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  return runRootFieldsOnce(await buildSchema({ resolvers, orphanedTypes, validate: false }));
}
