import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { createItemPagesResolver } from './item-pages.resolver.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { JudgementNode, ThemeNode } from '../nodes.js';
import { Judgement } from '../types/judgement.type.js';
import { Theme } from '../types/theme.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Theme)
export class ThemeResolver extends createItemPagesResolver(Theme, {
  findings: (loaders) => loaders.findingsByThemeId,
  recommendations: (loaders) => loaders.recommendationsByThemeId,
  findingsDescription:
    'Findings filed under this theme (not its sub-themes): newest report first, then in report order.',
  recommendationsDescription:
    'Recommendations filed under this theme (not its sub-themes): newest report first, then in report order.',
}) {
  @Query(() => [Theme], {
    complexity: relationshipComplexity,
    description: 'Every inspection theme, grouped by framework, parents before children.',
  })
  themes(@Ctx() ctx: ApiContext): Promise<ThemeNode[]> {
    return readNodes(ctx, ctx.queries.themesAll, 'theme');
  }

  @Query(() => Theme, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One theme by id; null if there is none.',
  })
  theme(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
    return ctx.loaders.themeById.load(id);
  }

  @FieldResolver(() => Theme, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'The broader theme this one belongs to, if any.',
  })
  parent(@Root() theme: ThemeNode, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> | null {
    return theme.parentId ? ctx.loaders.themeById.load(theme.parentId) : null;
  }

  @FieldResolver(() => [Theme], {
    complexity: relationshipComplexity,
    description: 'The narrower themes under this one.',
  })
  children(@Root() theme: ThemeNode, @Ctx() ctx: ApiContext): Promise<ThemeNode[]> {
    return ctx.loaders.childThemesByThemeId.load(theme.id);
  }

  @FieldResolver(() => [Judgement], {
    complexity: relationshipComplexity,
    description: 'Every grade given on this theme, newest report first.',
  })
  judgements(@Root() theme: ThemeNode, @Ctx() ctx: ApiContext): Promise<JudgementNode[]> {
    return ctx.loaders.judgementsByThemeId.load(theme.id);
  }
}
