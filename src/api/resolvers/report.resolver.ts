import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { splitFrameworkId } from '../../domain/frameworks.js';
import { FrameworkFamily } from '../types/framework.enum.js';
import { yearOf } from '../types/year-month.scalar.js';
import { ForceFact } from '../types/force-fact.type.js';
import { Initiative } from '../types/initiative.type.js';
import { Term } from '../types/term.type.js';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type {
  ForceFactNode,
  ForceNode,
  InitiativeNode,
  JudgementNode,
  ReportNode,
  TermNode,
} from '../nodes.js';
import { Force } from '../types/force.type.js';
import { Judgement } from '../types/judgement.type.js';
import { Report } from '../types/report.type.js';
import { readNodes } from './read-nodes.js';
import { createItemPagesResolver } from './item-pages.resolver.js';
import { checkLineRange, maxSourceLines, readSourceLines } from './source-lines.js';
import { SourceLine } from '../types/source-line.type.js';

@Resolver(() => Report)
export class ReportResolver extends createItemPagesResolver(Report, {
  findings: (ctx, id) => ctx.loaders.findingKeysByReportId.load(id),
  recommendations: (ctx, id) => ctx.loaders.recommendationKeysByReportId.load(id),
  findingsDescription:
    'Strengths, work in progress, areas for improvement and causes of concern, in the order the report prints them, filtered as the root `findings`.',
  recommendationsDescription:
    'The recommendations of the report, in the order it makes them, filtered as the root `recommendations`.',
}) {
  @Query(() => [Report], {
    complexity: relationshipComplexity,
    description:
      'Reports, newest first; optionally only those on one force and/or of one framework.',
  })
  async reports(
    @Ctx() ctx: ApiContext,
    @Arg('forceId', () => ID, {
      nullable: true,
      description: 'Only reports inspecting this force.',
    })
    forceId?: string | null,
    @Arg('framework', () => String, {
      nullable: true,
      description:
        'Only reports of this framework: a full id (`PEEL_EFFECTIVENESS_2016`) or the id without its year (`PEEL_EFFECTIVENESS`, every year).',
    })
    framework?: string | null,
  ): Promise<ReportNode[]> {
    const reports = await readNodes<ReportNode>(ctx, ctx.queries.reportsAll, 'report');
    return reports.filter(
      (r) => (!forceId || r.forceId === forceId) && (!framework || isOfFramework(r, framework)),
    );
  }

  @Query(() => Report, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One report by id; null if there is none.',
  })
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ReportNode | null> {
    return ctx.loaders.reportById.load(id);
  }

  @FieldResolver(() => Int, { description: 'Year of publication, e.g. 2017.' })
  year(@Root() report: ReportNode): number {
    return yearOf(report.publishedOn);
  }

  @FieldResolver(() => FrameworkFamily, {
    description:
      'Inspection framework the report belongs to (the 2007 programmed inspections, the 2008 major crime inspection, PEEL effectiveness, ...). It decides which themes are graded and on which grade scale.',
  })
  framework(@Root() report: ReportNode): FrameworkFamily {
    return readFramework(report).family;
  }

  @FieldResolver(() => Int, {
    description:
      "The year in the framework's name: 2016 for PEEL effectiveness 2016 (published 2017-03); for frameworks named without one (2007 programmed inspections, 2008 major crime), the year of publication.",
  })
  frameworkYear(@Root() report: ReportNode): number {
    return readFramework(report).year ?? yearOf(report.publishedOn);
  }

  @FieldResolver(() => [SourceLine], {
    complexity: relationshipComplexity,
    description: `Lines \`from\` to \`to\` (1-based, inclusive; at most ${maxSourceLines}) of the report's source text as printed: what every \`Evidence.lines\` points into, for showing a quote in its place. Lines past the end of the file are left out. A range that is not 1 <= from <= to, or longer than ${maxSourceLines} lines, is an error (BAD_USER_INPUT).`,
  })
  lines(
    @Root() report: ReportNode,
    @Ctx() ctx: ApiContext,
    @Arg('from', () => Int, { description: 'First line, 1-based.' }) from: number,
    @Arg('to', () => Int, { description: 'Last line, inclusive.' }) to: number,
  ): Promise<SourceLine[]> {
    checkLineRange(from, to);
    return readSourceLines(ctx, report.id, from, to);
  }

  @FieldResolver(() => Force, {
    complexity: relationshipComplexity,
    description: 'The force the report inspects.',
  })
  force(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<ForceNode | null> {
    return ctx.loaders.forceByReportId.load(report.id);
  }

  @FieldResolver(() => [Judgement], {
    complexity: relationshipComplexity,
    description: 'The grades this report gives, one per graded theme.',
  })
  judgements(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<JudgementNode[]> {
    return ctx.loaders.judgementsByReportId.load(report.id);
  }

  @FieldResolver(() => [Initiative], {
    complexity: relationshipComplexity,
    description: 'Examples of developing practice the report presents.',
  })
  developingPractice(
    @Root() report: ReportNode,
    @Ctx() ctx: ApiContext,
  ): Promise<InitiativeNode[]> {
    return ctx.loaders.developingPracticeByReportId.load(report.id);
  }

  @FieldResolver(() => [Term], {
    complexity: relationshipComplexity,
    description: "The report's glossary of terms and abbreviations.",
  })
  glossary(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<TermNode[]> {
    return ctx.loaders.termsByReportId.load(report.id);
  }

  @FieldResolver(() => [ForceFact], {
    complexity: relationshipComplexity,
    description: 'Figures the report states about the force (overview and indicators).',
  })
  facts(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<ForceFactNode[]> {
    return ctx.loaders.factsByReportId.load(report.id);
  }
}

/** The family and year of a report's framework id (ingestion writes only known families). */
function readFramework(report: ReportNode): { family: FrameworkFamily; year: number | null } {
  const framework = splitFrameworkId(report.framework);
  if (!framework) throw new Error(`Unknown framework ${report.framework} of ${report.id}`);
  return framework;
}

/** A framework id matches itself and, without its year, every year of that framework. */
function isOfFramework(report: ReportNode, framework: string): boolean {
  const year = report.framework.slice(framework.length);
  return report.framework.startsWith(framework) && (year === '' || /^_\d{4}$/.test(year));
}
