import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { ApiContext } from '../api/context.js';
import { maskError } from '../api/mask-error.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
  development: boolean;
}

/**
 * The Apollo Server instance. Its own landing page is disabled: browsers get our offline
 * GraphiQL page instead (see `ide/`), which needs no CDN.
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: options.development,
    // The serve command owns shutdown (it also closes the store); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      maskError(formatted, error, options.logger, options.development),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
    ],
  });
}
