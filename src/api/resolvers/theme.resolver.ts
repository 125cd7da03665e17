import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import { pageComplexity } from '../limits/field-complexity.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingPageArgs } from '../types/item-page.args.js';
import { pageFindings } from './item-pages.js';
import type { FindingNode, JudgementNode, RecommendationNode, ThemeNode } from '../nodes.js';
import { Judgement } from '../types/judgement.type.js';
import { Theme } from '../types/theme.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Theme)
export class ThemeResolver {
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

  @FieldResolver(() => FindingConnection, {
    complexity: pageComplexity,
    description:
      'Findings filed under this theme (not its sub-themes): newest report first, then in report order.',
  })
  async findings(
    @Root() parent: ThemeNode,
    @Args(() => FindingPageArgs) args: FindingPageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<FindingNode>> {
    return pageFindings(await ctx.loaders.findingsByThemeId.load(parent.id), args);
  }

  @FieldResolver(() => RecommendationConnection, {
    complexity: pageComplexity,
    description:
      'Recommendations filed under this theme (not its sub-themes): newest report first, then in report order.',
  })
  async recommendations(
    @Root() parent: ThemeNode,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<RecommendationNode>> {
    return sliceConnection(await ctx.loaders.recommendationsByThemeId.load(parent.id), args);
  }
}
