import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../pagination/connection.js';
import { pageNestedJudgements } from '../questions/judgement-list.query.js';
import { JudgementsArgs } from '../types/judgement-filter.input.js';
import type { ApiContext } from '../context.js';
import { createItemPagesResolver } from './item-pages.resolver.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { JudgementNode, ThemeNode } from '../nodes.js';
import { JudgementConnection } from '../types/judgement.type.js';
import { Theme } from '../types/theme.type.js';
import { readNodes } from './read-nodes.js';
import type { OnTheme } from '../loaders.js';
import type DataLoader from 'dataloader';

/** The items of a theme and its sub-themes, or (`exactTheme`) of the theme alone. */
async function readOnTheme<T>(
  loader: DataLoader<string, OnTheme<T>[]>,
  themeId: string,
  exactTheme: boolean,
): Promise<T[]> {
  const rows = await loader.load(themeId);
  return rows.filter((row) => !exactTheme || row.themeId === themeId).map((row) => row.item);
}

@Resolver(() => Theme)
export class ThemeResolver extends createItemPagesResolver(Theme, {
  findings: (ctx, id, exactTheme) => readOnTheme(ctx.loaders.findingKeysByThemeId, id, exactTheme),
  recommendations: (ctx, id, exactTheme) =>
    readOnTheme(ctx.loaders.recommendationKeysByThemeId, id, exactTheme),
  findingsDescription:
    'Findings on this theme or its sub-themes (only this theme with `filter: { exactTheme: true }`), filtered and ordered as the root `findings` (newest report first, each in print order).',
  recommendationsDescription:
    'Recommendations on this theme or its sub-themes (only this theme with `filter: { exactTheme: true }`), filtered and ordered as the root `recommendations` (newest report first, each in print order).',
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
    description: 'The broader theme this one belongs to; null for a top-level theme.',
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

  @FieldResolver(() => JudgementConnection, {
    complexity: pageComplexity,
    description:
      'The grades given on this theme or its sub-themes (only this theme with `filter: { exactTheme: true }`), filtered and ordered as the root `judgements` (newest report first; `orderBy: { field: GRADE, direction: ASC }` for the best grades first).',
  })
  async judgements(
    @Root() theme: ThemeNode,
    @Args(() => JudgementsArgs) args: JudgementsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<JudgementNode>> {
    const exact = args.filter?.exactTheme ?? false;
    const judgements = await readOnTheme(ctx.loaders.judgementsByThemeId, theme.id, exact);
    return pageNestedJudgements(ctx, judgements, args);
  }
}
