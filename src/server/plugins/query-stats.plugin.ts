import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiContext } from '../../api/context.js';

/** The request header that asks for query statistics on one response: `x-query-stats: 1`. */
export const queryStatsHeader = 'x-query-stats';

/** True when the request asks for statistics (`1` or `true`). */
export function requestsQueryStats(headers: IncomingHttpHeaders): boolean {
  const value = headers[queryStatsHeader];
  return typeof value === 'string' && ['1', 'true'].includes(value.trim().toLowerCase());
}

/** What a response shows in `extensions.queryStats`. */
export interface QueryStats {
  /** Store reads the request made (each a batched, named Cypher query). */
  dbQueries: number;
  /** Their summed durations in milliseconds, to 0.01 ms; overlapping reads each count. */
  dbTimeMs: number;
}

/**
 * Adds `extensions.queryStats` to the response of every request whose context asks for it
 * (GRAPHQL_QUERY_STATS=1 or the request header), so users see what a query costs.
 */
export function createQueryStatsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.showQueryStats || response.body.kind !== 'single') return;
          const { queryTally } = contextValue;
          const queryStats: QueryStats = {
            dbQueries: queryTally.queries,
            dbTimeMs: Math.round(queryTally.durationMs * 100) / 100,
          };
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, queryStats };
        },
      };
    },
  };
}
