import type DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { compareText } from '../../domain/dataset.js';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import type { Loaders } from '../loaders.js';
import type { FigureNode, FigureRow } from '../nodes.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import { matchesFigureFilter, resolveFigureFilter } from '../questions/figure-filter.js';
import { FiguresArgs } from '../types/figure-filter.input.js';
import { FigureConnection } from '../types/figure.type.js';
import { Finding } from '../types/finding.type.js';
import { Force } from '../types/force.type.js';
import { Initiative } from '../types/initiative.type.js';
import { Passage } from '../types/passage.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { Report } from '../types/report.type.js';

/**
 * Newest report first, then report id, then reading order: the loaders' ORDER BY, restated
 * because the embedded engine can return the rows of a query with OPTIONAL MATCH out of order
 * when other reads run at the same time.
 */
function compareFigureRows(a: FigureRow, b: FigureRow): number {
  return (
    compareText(b.publishedOn ?? '', a.publishedOn ?? '') ||
    compareText(a.figure.reportId ?? '', b.figure.reportId ?? '') ||
    (a.figure.ordinal ?? 0) - (b.figure.ordinal ?? 0)
  );
}

/**
 * The `figures` field of a parent type: its loader fetches every figure of all parents of a
 * level in one query (listing many forces stays one round trip); the filter and the page are
 * applied here, with the root `figures` filter's meaning.
 */
function createFigurePagesResolver(
  parentType: ClassType,
  rows: (loaders: Loaders) => DataLoader<string, FigureRow[]>,
  description: string,
) {
  @Resolver(() => parentType)
  class FigurePagesResolver {
    @FieldResolver(() => FigureConnection, { complexity: pageComplexity, description })
    async figures(
      @Root() parent: { id: string },
      @Args(() => FiguresArgs) args: FiguresArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<Connection<FigureNode>> {
      const [all, filter] = await Promise.all([
        rows(ctx.loaders).load(parent.id),
        resolveFigureFilter(ctx, args.filter),
      ]);
      const kept = all.filter((row) => matchesFigureFilter(row, filter)).sort(compareFigureRows);
      return sliceConnection(
        kept.map((row) => row.figure),
        args,
        await ctx.graphVersion(),
      );
    }
  }
  return FigurePagesResolver;
}

export const ForceFiguresResolver = createFigurePagesResolver(
  Force,
  (loaders) => loaders.figuresByForceId,
  'Figures the reports state about the force, newest report first, then in reading order.',
);

export const ReportFiguresResolver = createFigurePagesResolver(
  Report,
  (loaders) => loaders.figuresByReportId,
  'Figures the report states, in reading order.',
);

export const PassageFiguresResolver = createFigurePagesResolver(
  Passage,
  (loaders) => loaders.figuresByItemId,
  'Figures the passage states, in reading order.',
);

export const FindingFiguresResolver = createFigurePagesResolver(
  Finding,
  (loaders) => loaders.figuresByItemId,
  'Figures the finding states, in reading order.',
);

export const RecommendationFiguresResolver = createFigurePagesResolver(
  Recommendation,
  (loaders) => loaders.figuresByItemId,
  'Figures the recommendation states, in reading order.',
);

export const InitiativeFiguresResolver = createFigurePagesResolver(
  Initiative,
  (loaders) => loaders.figuresByItemId,
  'Figures the reports state in their developing-practice text about the initiative, newest report first, then in reading order; empty for an initiative only named in passing.',
);
