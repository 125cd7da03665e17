import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The usual security headers on every response (helmet): `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options`, `Referrer-Policy: no-referrer`, cross-origin isolation headers, and a
 * content security policy that lets a JSON response load nothing and be framed by no one (the
 * IDE page replaces it with its own). `Strict-Transport-Security` is left to the TLS proxy in
 * front: this server speaks plain HTTP.
 */
export function createSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    strictTransportSecurity: false,
    // A public API that pages on other origins call (CORS_ORIGINS): its responses may be read there.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}
