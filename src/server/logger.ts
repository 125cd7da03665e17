import { pino, type Logger } from 'pino';

/** Request and response headers that carry credentials: logged as `[Redacted]`. */
export const redactedHeaders = ['authorization', 'cookie', 'x-api-key', 'proxy-authorization'];

/** Shorter secrets are not scrubbed from log lines: too many innocent words would match. */
const minSecretLength = 4;

const censor = '[Redacted]';

export interface LoggerOptions {
  readonly level: string;
  /**
   * Values that must never reach the log (NEO4J_PASSWORD): any log line holding one has it
   * replaced, wherever it came from (an error message, a URI).
   */
  readonly secrets?: readonly string[];
  /** Where lines go; default stdout. */
  readonly destination?: { write(line: string): unknown };
}

/**
 * The server's logger: JSON lines at `level`, with credential headers redacted by path and
 * every configured secret scrubbed from each line before it is written.
 */
export function createLogger(options: LoggerOptions): Logger {
  const out = options.destination ?? process.stdout;
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= minSecretLength);
  // A secret appears in a JSON line either as written or escaped (quotes, backslashes).
  const forms = secrets.flatMap((secret) => [
    ...new Set([secret, JSON.stringify(secret).slice(1, -1)]),
  ]);
  return pino(
    {
      level: options.level,
      redact: {
        paths: [
          ...redactedHeaders.map((name) => `req.headers["${name}"]`),
          'res.headers["set-cookie"]',
        ],
        censor,
      },
    },
    {
      write(line: string) {
        out.write(forms.reduce((text, form) => text.replaceAll(form, censor), line));
      },
    },
  );
}

/** True when the logger writes debug lines, the only level at which variables are logged. */
export function logsVariables(logger: Logger): boolean {
  return logger.isLevelEnabled('debug');
}

/**
 * A request URL for the log: the `variables` of a GET operation are replaced by `[Redacted]`
 * (they may hold what a user searched for or typed), unless `keepVariables`.
 */
export function redactUrl(url: string, keepVariables: boolean): string {
  if (keepVariables || !url.includes('variables')) return url;
  const parsed = new URL(url, 'http://log.invalid');
  if (!parsed.searchParams.has('variables')) return url;
  parsed.searchParams.set('variables', censor);
  return `${parsed.pathname}${parsed.search}`;
}
