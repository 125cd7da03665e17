import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../api/errors.js';

/**
 * Requests to /graphql per client address and minute (RATE_LIMIT_PER_MINUTE; 0 = no limit).
 * Beyond it: HTTP 429, `Retry-After` in seconds, and a GraphQL-shaped RATE_LIMITED error. The
 * client address is the socket's unless TRUST_PROXY names the proxies in front
 * (docs/api-limits.md).
 */
export function createRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests from this address: the limit is ${perMinute} a minute. Retry after the number of seconds in the Retry-After header.`,
            extensions: { code: ErrorCode.RateLimited },
          },
        ],
      });
    },
  });
}
