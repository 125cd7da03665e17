import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ReportNode, TermNode } from '../nodes.js';
import { Report } from '../types/report.type.js';
import { Term } from '../types/term.type.js';

@Resolver(() => Term)
export class TermResolver {
  @FieldResolver(() => [Report], {
    complexity: relationshipComplexity,
    description: 'The reports whose glossary defines this term, newest first.',
  })
  reports(@Root() term: TermNode, @Ctx() ctx: ApiContext): Promise<ReportNode[]> {
    return ctx.loaders.reportsByTermId.load(term.id);
  }
}
