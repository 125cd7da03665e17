import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { FootnoteNode, ReportNode, SectionNode } from '../nodes.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { normaliseStandardCode } from '../questions/report-text-filters.js';
import { Footnote } from '../types/footnote.type.js';
import { PassageConnection } from '../types/passage.type.js';
import { Report } from '../types/report.type.js';
import { FindingKind } from '../types/finding.type.js';
import { Section } from '../types/section.type.js';
import { loadPassagePage } from './passage-pages.js';

/** A report's text beyond its lists: its section tree, its passages and its footnotes. */
@Resolver(() => Report)
export class ReportTextResolver {
  @FieldResolver(() => PassageConnection, {
    complexity: pageComplexity,
    description:
      "The report's passages (every paragraph that is not a finding, recommendation or developing-practice item), in reading order.",
  })
  passages(
    @Root() report: ReportNode,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return loadPassagePage(ctx, ctx.loaders.passageIdsByReportId, report.id, args);
  }

  @FieldResolver(() => [Section], {
    complexity: relationshipComplexity,
    description:
      'The report\'s sections, all of them, in reading order (each with its `level` and `parent`); optionally only the standards (`code`), some codes, or those printing a list of one kind as "None.".',
  })
  async sections(
    @Root() report: ReportNode,
    @Ctx() ctx: ApiContext,
    @Arg('codes', () => [String], {
      nullable: true,
      description: 'Only the standards with these codes, e.g. `["MC07"]` (`mc7` reads the same).',
    })
    codes?: string[] | null,
    @Arg('standards', () => Boolean, {
      defaultValue: false,
      description: 'True: only the sections that are standards (have a `code`).',
    })
    standards?: boolean,
    @Arg('printedNone', () => FindingKind, {
      nullable: true,
      description: 'Only sections in which the report prints a list of this kind as "None.".',
    })
    printedNone?: FindingKind | null,
  ): Promise<SectionNode[]> {
    const wanted = codes ? new Set(codes.map(normaliseStandardCode)) : null;
    return (await ctx.loaders.sectionsByReportId.load(report.id)).filter(
      (s) =>
        (!standards || s.code != null) &&
        (!wanted || (s.code != null && wanted.has(s.code))) &&
        (!printedNone || (s.printedNone ?? []).includes(printedNone)),
    );
  }

  @FieldResolver(() => [Footnote], {
    complexity: relationshipComplexity,
    description: "The report's footnotes, in reading order.",
  })
  footnotes(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<FootnoteNode[]> {
    return ctx.loaders.footnotesByReportId.load(report.id);
  }
}
