import { gradeScales, toGradeCode, weakGradeRank } from '../../domain/grade-scales.js';
import {
  toJudgementStatement,
  type JudgementStatement,
} from '../../domain/judgement-statements.js';
import type { ApiContext } from '../context.js';
import type { JudgementNode } from '../nodes.js';
import { sliceConnection, type Connection, type LazyConnection } from '../pagination/connection.js';
import { keysetOrder, resolveKeysetConnection, type KeysetOrder } from '../pagination/keyset.js';
import type { PageRequest } from '../pagination/page-window.js';
import type { JudgementFilter, JudgementOrder } from '../types/judgement-filter.input.js';
import { OrderDirection } from '../types/order.input.js';
import { toItemFilterParams } from './item-filter.js';

/** What a client asks of a list of judgements. */
export interface JudgementListRequest extends PageRequest {
  filter?: JudgementFilter | null;
  orderBy?: JudgementOrder | null;
}

/** The stored label of each grade code (`GOOD` is `Good` on both scales that have it). */
const labelsByCode = new Map(
  gradeScales.flatMap((scale) => scale.grades.map((g) => [toGradeCode(g.label), g.label] as const)),
);

/** The query parameters of a judgement filter (lists travel with their `$any...` flags). */
export function toJudgementFilterParams(
  filter: JudgementFilter | null | undefined,
): Record<string, unknown> {
  const list = (values: readonly string[] | null | undefined) => ({
    any: values == null,
    values: values == null ? [] : [...new Set(values)],
  });
  const grades = list(filter?.grades?.map((code) => labelsByCode.get(code) ?? code));
  const scales = list(filter?.scales);
  const stated = list(readStated(filter));
  return {
    ...toItemFilterParams(filter, null),
    anyGrade: grades.any,
    grades: grades.values,
    anyScale: scales.any,
    scales: scales.values,
    anyWeak: filter?.weak == null,
    weak: filter?.weak ?? false,
    weakFromRank: weakGradeRank,
    anyStated: stated.any,
    stated: stated.values,
  };
}

/** The `stated` filter as given, its default (THIS_REPORT) where the filter or the field is omitted. */
function readStated(
  filter: JudgementFilter | null | undefined,
): readonly JudgementStatement[] | null {
  return filter?.stated === undefined ? defaultStated : filter.stated;
}

const defaultStated: readonly JudgementStatement[] = ['THIS_REPORT'];

/**
 * True when the filter keeps only the grades the reports give (the default): a parent's list
 * can then be read without the earlier grades the reports state.
 */
export function keepsOnlyThisReport(filter: JudgementFilter | null | undefined): boolean {
  const stated = readStated(filter);
  return stated !== null && stated.every((statement) => statement === 'THIS_REPORT');
}

/** The order flags of the judgement queries. */
function toOrderParams(order: JudgementOrder | null | undefined) {
  const ascending = order?.direction === OrderDirection.ASC;
  const byGrade = order?.field === 'GRADE';
  return {
    bestFirst: byGrade && ascending,
    worstFirst: byGrade && !ascending,
    oldestFirst: !byGrade && ascending,
  };
}

/**
 * The order of the root list as the page query sorts it: grade (when ordered by grade), report
 * month, report id, the grade's line, the judgement's id; the page query returns these keys.
 */
function judgementOrder(order: JudgementOrder | null | undefined): KeysetOrder {
  const field = order?.field ?? 'PUBLISHED_ON';
  const direction = order?.direction ?? OrderDirection.DESC;
  return keysetOrder('judgements', `${field}/${direction}`, {
    rankUp: 'int',
    rankDown: 'int',
    monthUp: 'string',
    monthDown: 'string',
    reportId: 'string',
    lineStart: 'int',
    id: 'string',
  });
}

/** True when the filter leaves some judgement out (other than by `stated`, read from the nodes). */
function filtersAnything(filter: JudgementFilter | null | undefined): boolean {
  if (!filter) return false;
  const { forceIds, reportIds, years, frameworks, themeIds, grades, scales, weak } = filter;
  return [forceIds, reportIds, years, frameworks, themeIds, grades, scales, weak].some(
    (value) => value != null,
  );
}

/** The root `judgements` connection: one page query and one count query, each only if selected. */
export function readJudgements(
  ctx: ApiContext,
  request: JudgementListRequest,
): LazyConnection<JudgementNode> {
  const params = toJudgementFilterParams(request.filter);
  const { judgementsFiltered, judgementsFilteredCount } = ctx.queries;
  return resolveKeysetConnection<JudgementNode>(
    request,
    {
      order: judgementOrder(request.orderBy),
      column: 'judgement',
      fetchRows(pageParams) {
        const order = toOrderParams(request.orderBy);
        return ctx.store.read(judgementsFiltered, { ...params, ...order, ...pageParams });
      },
      async count() {
        const [row] = await ctx.store.read(judgementsFilteredCount, params);
        return Number(row?.total ?? 0);
      },
    },
    ctx.graphVersion,
  );
}

/**
 * A page of a force's or a theme's judgements (read in list order: newest report first, then
 * report id, then print order) after the same filter and order as the root list.
 */
export async function pageNestedJudgements(
  ctx: ApiContext,
  judgements: readonly JudgementNode[],
  request: JudgementListRequest,
): Promise<Connection<JudgementNode>> {
  // Whose grade a judgement is, is on the node: no query needed.
  const stated = readStated(request.filter);
  let kept =
    stated === null
      ? judgements
      : judgements.filter((judgement) => stated.includes(toJudgementStatement(judgement.stated)));
  if (filtersAnything(request.filter)) {
    const params = toJudgementFilterParams(request.filter);
    const ids = await ctx.loaders.itemIdsByFilter.load({
      query: ctx.queries.judgementsFilteredIds,
      params,
    });
    kept = judgements.filter((judgement) => ids.has(judgement.id));
  }
  if (request.orderBy) kept = await orderJudgements(ctx, kept, request.orderBy);
  return sliceConnection(kept, request, await ctx.graphVersion());
}

/** Judgements in list order re-ordered as `order` asks, as the root query orders them. */
async function orderJudgements(
  ctx: ApiContext,
  judgements: readonly JudgementNode[],
  order: JudgementOrder,
): Promise<JudgementNode[]> {
  const { bestFirst, worstFirst, oldestFirst } = toOrderParams(order);
  const reportIds = [...new Set(judgements.map((j) => j.reportId))];
  const reports = await ctx.loaders.reportById.loadMany(reportIds);
  const month = new Map(
    reportIds.map((id, i) => {
      const report = reports[i];
      return [id, report && !(report instanceof Error) ? report.publishedOn : ''];
    }),
  );
  const position = new Map(judgements.map((judgement, i) => [judgement, i]));
  const rank = (j: JudgementNode) => j.rank ?? 0;
  return [...judgements].sort(
    (a, b) =>
      (bestFirst ? rank(a) - rank(b) : 0) ||
      (worstFirst ? rank(b) - rank(a) : 0) ||
      (oldestFirst ? 1 : -1) * compare(month.get(a.reportId)!, month.get(b.reportId)!) ||
      compare(a.reportId, b.reportId) ||
      position.get(a)! - position.get(b)!,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
