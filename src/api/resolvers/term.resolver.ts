import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ReportNode, TermNode } from '../nodes.js';
import { Report } from '../types/report.type.js';
import { TermDefinition } from '../types/relationship-evidence.type.js';
import { Term } from '../types/term.type.js';
import { toEvidence } from './evidence.js';

@Resolver(() => Term)
export class TermResolver {
  @FieldResolver(() => [Report], {
    complexity: relationshipComplexity,
    description: 'The reports whose glossary defines this term, newest first.',
  })
  async reports(@Root() term: TermNode, @Ctx() ctx: ApiContext): Promise<ReportNode[]> {
    const links = await ctx.loaders.reportsByTermId.load(term.id);
    return links.map(({ node }) => node);
  }

  @FieldResolver(() => [TermDefinition], {
    complexity: relationshipComplexity,
    description:
      'The reports whose glossary defines this term (as `reports`), each with the glossary line that defines it.',
  })
  async definitions(@Root() term: TermNode, @Ctx() ctx: ApiContext): Promise<TermDefinition[]> {
    const links = await ctx.loaders.reportsByTermId.load(term.id);
    return links.map(({ node, link }) => ({ report: node, evidence: toEvidence(link) }));
  }
}
