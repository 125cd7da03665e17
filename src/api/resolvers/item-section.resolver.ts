import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { FootnoteNode, SectionNode } from '../nodes.js';
import { Finding } from '../types/finding.type.js';
import { Footnote } from '../types/footnote.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { Section } from '../types/section.type.js';

/** Where a finding or recommendation sits in its report's text: its section and its footnotes. */
function createItemSectionResolver(itemType: ClassType, noun: string) {
  @Resolver(() => itemType)
  class ItemSectionResolver {
    @FieldResolver(() => Section, {
      nullable: true,
      complexity: relationshipComplexity,
      description: `The section the ${noun} is printed in (its list), with its place in the report's section tree.`,
    })
    section(@Root() item: { id: string }, @Ctx() ctx: ApiContext): Promise<SectionNode | null> {
      return ctx.loaders.sectionByItemId.load(item.id);
    }

    @FieldResolver(() => [Footnote], {
      complexity: relationshipComplexity,
      description: `The footnotes the ${noun}'s text marks, in order.`,
    })
    footnotes(@Root() item: { id: string }, @Ctx() ctx: ApiContext): Promise<FootnoteNode[]> {
      return ctx.loaders.footnotesByItemId.load(item.id);
    }
  }
  return ItemSectionResolver;
}

export const FindingSectionResolver = createItemSectionResolver(Finding, 'finding');
export const RecommendationSectionResolver = createItemSectionResolver(
  Recommendation,
  'recommendation',
);
