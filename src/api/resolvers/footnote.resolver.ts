import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { AnyNode, FootnoteNode, ReportNode, SectionNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Footnote } from '../types/footnote.type.js';
import { Mention } from '../types/links.type.js';
import { Node } from '../types/node.type.js';
import { Report } from '../types/report.type.js';
import { Section } from '../types/section.type.js';
import { toEvidence } from './evidence.js';
import { loadMentions } from './item-links.js';

@Resolver(() => Footnote)
export class FootnoteResolver {
  @Query(() => Footnote, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'One footnote by id; null if there is none.',
  })
  footnote(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<FootnoteNode | null> {
    return ctx.loaders.footnoteById.load(id);
  }

  @FieldResolver(() => Evidence, { description: 'Where the report prints the footnote.' })
  evidence(@Root() footnote: FootnoteNode): Evidence {
    return toEvidence(footnote);
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report the footnote belongs to.',
  })
  async report(@Root() footnote: FootnoteNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(footnote.reportId ?? '')) ??
      notFound('Report of footnote', footnote.id)
    );
  }

  @FieldResolver(() => Section, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'The section whose page foot prints the footnote.',
  })
  section(@Root() footnote: FootnoteNode, @Ctx() ctx: ApiContext): Promise<SectionNode | null> {
    return ctx.loaders.sectionByItemId.load(footnote.id);
  }

  @FieldResolver(() => Node, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      "The passage, finding or recommendation whose text carries the footnote's mark; null where the mark was lost in the conversion from PDF or sits in a heading or table.",
  })
  async citedBy(@Root() footnote: FootnoteNode, @Ctx() ctx: ApiContext): Promise<AnyNode | null> {
    const itemId = await ctx.loaders.citingItemIdByFootnoteId.load(footnote.id);
    return itemId ? ctx.loaders.nodeById.load(itemId) : null;
  }

  @FieldResolver(() => [Mention], {
    complexity: relationshipComplexity,
    description:
      'Partner agencies, bodies, units, initiatives and forces the footnote names (a source, a national body, the arrangement it explains), each with the sentence.',
  })
  mentions(@Root() footnote: FootnoteNode, @Ctx() ctx: ApiContext): Promise<Mention[]> {
    return loadMentions(ctx, footnote.id);
  }
}
