import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { ApiContext } from '../../api/context.js';
import { requestTimedOut } from '../../api/limits/request-deadline.js';

/**
 * Ends each request's deadline, and where the deadline cut store reads short, answers with
 * one TIMEOUT error (HTTP 400) instead of a page of partial data and an error per field
 * that lost its read. Extensions already on the response (query statistics) are kept.
 */
export function createRequestTimeoutPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const { deadline } = contextValue;
          deadline.dispose();
          if (deadline.abandonedReads === 0 || response.body.kind !== 'single') return;
          logger.warn(
            {
              operationName,
              timeoutMs: deadline.timeoutMs,
              abandonedReads: deadline.abandonedReads,
            },
            'request timed out',
          );
          const { message, extensions } = requestTimedOut(deadline.timeoutMs);
          const { extensions: responseExtensions } = response.body.singleResult;
          response.http.status = 400;
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [{ message, extensions: { code: extensions.code } }],
              ...(responseExtensions ? { extensions: responseExtensions } : {}),
            },
          };
        },
      };
    },
  };
}
