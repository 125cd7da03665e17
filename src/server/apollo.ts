import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { ApiContext } from '../api/context.js';
import { knownOperationTypesRule } from '../api/limits/known-operation-types.js';
import { maskError } from '../api/mask-error.js';
import type { QueryLimits } from '../config/config.js';
import { createQueryLimitsPlugin } from './plugins/query-limits.plugin.js';
import { createQueryStatsPlugin } from './plugins/query-stats.plugin.js';
import { createRequestTimeoutPlugin } from './plugins/request-timeout.plugin.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
  development: boolean;
  limits: QueryLimits;
  /** Schema introspection and "did you mean" hints (GRAPHQL_INTROSPECTION). */
  introspection: boolean;
}

/**
 * The Apollo Server instance. Its own landing page is disabled: browsers get our offline
 * GraphiQL page instead (see `ide/`), which needs no CDN. The plugins enforce the depth,
 * complexity and time limits and add query statistics (docs/api-limits.md).
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: options.development,
    // A public research API: the schema is readable in every mode unless switched off, and
    // then error messages stop naming fields it has ("Did you mean ...?").
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    validationRules: [knownOperationTypesRule],
    // The serve command owns shutdown (it also closes the store); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      maskError(formatted, error, options.logger, options.development),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      createQueryLimitsPlugin(options.limits),
      createRequestTimeoutPlugin(options.logger),
      createQueryStatsPlugin(),
    ],
  });
}
