import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ForceResolver } from './resolvers/force.resolver.js';
import { JudgementResolver } from './resolvers/judgement.resolver.js';
import { ReportResolver } from './resolvers/report.resolver.js';
import { ThemeResolver } from './resolvers/theme.resolver.js';

export const resolvers = [ForceResolver, ReportResolver, ThemeResolver, JudgementResolver] as const;

/** Builds the executable schema from the type-graphql classes (the single source of the SDL). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
