import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ApiContext } from '../api/context.js';
import { ErrorCode } from '../api/errors.js';
import { logsVariables, redactUrl } from './logger.js';
import { createRateLimit } from './rate-limit.js';
import { createSecurityHeaders } from './security-headers.js';
import type { CorsOrigins } from '../config/config.js';

export interface AppOptions {
  apollo: ApolloServer<ApiContext>;
  logger: Logger;
  /** Builds the context of one GraphQL request (it may read the request's headers). */
  createContext: (req: IncomingMessage) => ApiContext;
  /** True once the graph is loaded and the store answers; drives /readyz. */
  isReady: () => Promise<boolean>;
  /** Serves the IDE page and its assets; returns true when it handled the request. */
  ide: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Serves the graph explorer page and its assets; returns true when it handled the request. */
  explorer: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Origins whose pages may call /graphql from a browser (CORS_ORIGINS); default `*`. */
  corsOrigins?: CorsOrigins;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Requests to /graphql per client address and minute; 0 or absent: no limit. */
  rateLimitPerMinute?: number;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies may tell the client address. */
  trustProxy?: boolean | number | string;
}

/** What pino-http hands a request serializer. */
interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  headers: Record<string, unknown>;
  remoteAddress: string;
}

/** Request ids come from the caller's `x-request-id` when it looks sane, else a new UUID. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * CORS for /graphql: the API is read-only and takes no cookies or credentials, so by default
 * any origin may call it; CORS_ORIGINS narrows that to a list. Apollo's CSRF prevention stays
 * on: a cross-origin request must be preflighted (JSON body or `apollo-require-preflight`),
 * and the preflight is where this policy applies.
 */
export function createCorsMiddleware(origins: CorsOrigins): express.RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
      'x-query-stats',
    ],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}

/**
 * The HTTP application: health endpoints, the offline IDE and explorer pages, and GraphQL at
 * /graphql. Every request is logged once with its request id, credentials and variables left
 * out; every response carries the security headers; /graphql is rate-limited per client
 * address.
 */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  const keepVariables = logsVariables(options.logger);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: requestId,
      // Credential headers are redacted by the logger; GET variables are left out here.
      serializers: {
        req: (req: SerializedRequest) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url, keepVariables),
          headers: req.headers,
          remoteAddress: req.remoteAddress,
        }),
      },
    }),
  );
  app.use(createSecurityHeaders());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  app.use((req, res, next) => {
    if (!options.ide(req, res) && !options.explorer(req, res)) next();
  });
  if (options.rateLimitPerMinute) app.use('/graphql', createRateLimit(options.rateLimitPerMinute));
  app.use(
    '/graphql',
    createCorsMiddleware(options.corsOrigins ?? '*'),
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(options.apollo, { context: async ({ req }) => options.createContext(req) }),
  );
  app.use(handleHttpError(options.logger));
  return app;
}

/**
 * Errors raised before GraphQL runs (a body over the limit, malformed JSON) become a coded
 * GraphQL-shaped response instead of Express's HTML page with a stack trace.
 */
function handleHttpError(logger: Logger): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    const status =
      typeof error.status === 'number' && error.status >= 400 && error.status < 500
        ? error.status
        : 500;
    if (status === 500) logger.error({ err: error }, 'unexpected HTTP error');
    const message =
      status === 413
        ? 'Request body too large'
        : status === 500
          ? 'Internal server error'
          : 'Malformed request body';
    const code = status === 500 ? ErrorCode.Internal : ErrorCode.BadRequest;
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
