import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Settings for the Neo4j store; present only when `NEO4J_URI` is set. */
export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
  readonly maxConnectionPoolSize: number;
  /** How long opening one connection may take (NEO4J_CONNECTION_TIMEOUT_MS). */
  readonly connectionTimeoutMs: number;
  /** How long a query waits for a free pooled connection (NEO4J_ACQUISITION_TIMEOUT_MS). */
  readonly connectionAcquisitionTimeoutMs: number;
  /** How long the driver retries a transaction on transient errors (NEO4J_MAX_TRANSACTION_RETRY_MS). */
  readonly maxTransactionRetryTimeMs: number;
  readonly connectAttempts: number;
  readonly connectRetryDelayMs: number;
}

/** The largest report file read when MAX_REPORT_BYTES is not set: 5 MiB (seed reports are under 200 kB). */
export const defaultMaxReportBytes = 5 * 1024 * 1024;

/** Limits on one GraphQL request; docs/api-limits.md says what each does. */
export interface QueryLimits {
  /** Time budget of one request (REQUEST_TIMEOUT_MS). */
  readonly requestTimeoutMs: number;
  /** Deepest nesting of selections (MAX_QUERY_DEPTH). */
  readonly maxQueryDepth: number;
  /** Highest estimated cost (MAX_QUERY_COMPLEXITY). */
  readonly maxQueryComplexity: number;
  /** Most different expensive questions in one request (MAX_EXPENSIVE_FIELDS). */
  readonly maxExpensiveFields: number;
}

/** The limits that apply when the environment does not set them. */
export const defaultQueryLimits: QueryLimits = Object.freeze({
  requestTimeoutMs: 15_000,
  maxQueryDepth: 10,
  maxQueryComplexity: 20_000,
  maxExpensiveFields: 5,
});

/** Which engine ranks `search`: the in-process index (both engines) or Neo4j's full-text index. */
export type SearchBackend = 'minisearch' | 'neo4j-fulltext';

/** How `search` ranks and how fresh its in-process index is kept (docs/api.md). */
export interface SearchConfig {
  /** SEARCH_BACKEND; `neo4j-fulltext` needs NEO4J_URI and `npm run db:migrate -- --fulltext`. */
  readonly backend: SearchBackend;
  /** SEARCH_REFRESH_SECONDS: the longest the index may go without checking the graph for changes. */
  readonly refreshSeconds: number;
}

/** The search settings that apply when the environment does not set them. */
export const defaultSearchConfig: SearchConfig = Object.freeze({
  backend: 'minisearch',
  refreshSeconds: 30,
});

/**
 * Which web origins may call the API from a browser (CORS_ORIGINS): `*` for any (the API is
 * read-only and takes no credentials), or a list of origins such as `https://app.example.org`.
 */
export type CorsOrigins = '*' | readonly string[];

/** The whole configuration, read once from the environment at start and frozen. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Folder of the embedded database; the database file is `graph.lbug` inside it. */
  readonly dataDir: string;
  readonly neo4j: Neo4jConfig | undefined;
  readonly logLevel: string;
  /** Stack traces appear in GraphQL errors only in development. */
  readonly development: boolean;
  readonly queryTimeoutMs: number;
  /**
   * Longest one write may run (WRITE_TIMEOUT_MS): a Neo4j write transaction, an embedded
   * write statement. Loads are not requests, so this is not bound by REQUEST_TIMEOUT_MS.
   */
  readonly writeTimeoutMs: number;
  readonly limits: QueryLimits;
  /** Every GraphQL response carries `extensions.queryStats` (GRAPHQL_QUERY_STATS=1). */
  readonly queryStats: boolean;
  readonly search: SearchConfig;
  /** Largest report file ingestion reads (MAX_REPORT_BYTES). */
  readonly maxReportBytes: number;
  /** The HTTP side: introspection, rate limit, proxies. */
  readonly http: HttpConfig;
  /** Origins whose pages may call the API (CORS_ORIGINS). */
  readonly corsOrigins: CorsOrigins;
}

/** How the server meets clients (docs/api-limits.md). */
export interface HttpConfig {
  /** GRAPHQL_INTROSPECTION: schema introspection, the IDE page and "did you mean" hints. */
  readonly introspection: boolean;
  /** RATE_LIMIT_PER_MINUTE: requests to /graphql per client address and minute; 0 = none. */
  readonly rateLimitPerMinute: number;
  /** TRUST_PROXY: Express's `trust proxy`, i.e. which proxies may name the client address. */
  readonly trustProxy: boolean | number | string;
}

/** The HTTP settings that apply when the environment does not set them. */
export const defaultHttpConfig: HttpConfig = Object.freeze({
  introspection: true,
  rateLimitPerMinute: 600,
  trustProxy: false,
});

/** QUERY_TIMEOUT_MS when not set, kept below the request budget so a query ends first. */
export const defaultQueryTimeoutMs = 10_000;

/**
 * WRITE_TIMEOUT_MS when not set: ten minutes, room for the seed graph's single transaction
 * on a slow, shared machine while still ending a write that hangs.
 */
export const defaultWriteTimeoutMs = 600_000;

/** A setting is missing or invalid: the message names the setting and says why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`${setting}: ${reason}`);
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  return value;
}

/** A switch: 1/true/yes/on or 0/false/no/off, any case; unset or empty means `fallback`. */
function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected 1 or 0 (true or false), got "${env[name]}"`);
}

function readQueryLimits(env: NodeJS.ProcessEnv): QueryLimits {
  const defaults = defaultQueryLimits;
  return Object.freeze({
    requestTimeoutMs: readInteger(
      env,
      'REQUEST_TIMEOUT_MS',
      defaults.requestTimeoutMs,
      100,
      600_000,
    ),
    maxQueryDepth: readInteger(env, 'MAX_QUERY_DEPTH', defaults.maxQueryDepth, 1, 100),
    maxQueryComplexity: readInteger(
      env,
      'MAX_QUERY_COMPLEXITY',
      defaults.maxQueryComplexity,
      1,
      10_000_000,
    ),
    maxExpensiveFields: readInteger(
      env,
      'MAX_EXPENSIVE_FIELDS',
      defaults.maxExpensiveFields,
      1,
      1000,
    ),
  });
}

/**
 * The request budget and the per-query limit. A query may not outlive its request: the
 * default query limit is 10 s or the request budget if that is shorter, and a QUERY_TIMEOUT_MS
 * above REQUEST_TIMEOUT_MS is refused.
 */
function readTimeouts(env: NodeJS.ProcessEnv): { queryTimeoutMs: number; limits: QueryLimits } {
  const limits = readQueryLimits(env);
  const queryTimeoutMs = readInteger(
    env,
    'QUERY_TIMEOUT_MS',
    Math.min(defaultQueryTimeoutMs, limits.requestTimeoutMs),
    100,
    3_600_000,
  );
  if (queryTimeoutMs > limits.requestTimeoutMs)
    throw new ConfigError(
      'QUERY_TIMEOUT_MS',
      `${queryTimeoutMs} is above REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs}): a query would run on after its request gave up; set it at or below the request budget`,
    );
  return { queryTimeoutMs, limits };
}

/** TRUST_PROXY as Express reads it: true/false, a number of hops, or addresses and subnets. */
function readTrustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = env.TRUST_PROXY?.trim();
  if (raw === undefined || raw === '') return defaultHttpConfig.trustProxy;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (['true', 'false'].includes(raw.toLowerCase())) return raw.toLowerCase() === 'true';
  return raw;
}

function readHttp(env: NodeJS.ProcessEnv): HttpConfig {
  return Object.freeze({
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', defaultHttpConfig.introspection),
    rateLimitPerMinute: readInteger(
      env,
      'RATE_LIMIT_PER_MINUTE',
      defaultHttpConfig.rateLimitPerMinute,
      0,
      1_000_000,
    ),
    trustProxy: readTrustProxy(env),
  });
}

function readSearch(env: NodeJS.ProcessEnv, neo4j: Neo4jConfig | undefined): SearchConfig {
  const backend = env.SEARCH_BACKEND?.trim() || defaultSearchConfig.backend;
  if (backend !== 'minisearch' && backend !== 'neo4j-fulltext')
    throw new ConfigError(
      'SEARCH_BACKEND',
      `expected minisearch or neo4j-fulltext, got "${env.SEARCH_BACKEND}"`,
    );
  if (backend === 'neo4j-fulltext' && neo4j === undefined)
    throw new ConfigError('SEARCH_BACKEND', 'neo4j-fulltext needs a Neo4j store: set NEO4J_URI');
  return Object.freeze({
    backend,
    refreshSeconds: readInteger(
      env,
      'SEARCH_REFRESH_SECONDS',
      defaultSearchConfig.refreshSeconds,
      0,
      86_400,
    ),
  });
}

/**
 * CORS_ORIGINS: unset, empty or `*` allows every origin; otherwise a list separated by commas
 * or spaces, each an origin exactly as browsers send it (scheme, host and port; no path).
 */
export function readCorsOrigins(env: NodeJS.ProcessEnv): CorsOrigins {
  const raw = env.CORS_ORIGINS?.trim() ?? '';
  if (raw === '' || raw === '*') return '*';
  const origins = raw.split(/[\s,]+/).filter((origin) => origin !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin)
      throw new ConfigError(
        'CORS_ORIGINS',
        `expected * or origins such as https://app.example.org (scheme, host and port, no path or trailing slash), got "${origin}"`,
      );
  }
  return Object.freeze(origins);
}

/** DATA_DIR may be missing (it is created) but must not name a file. */
function readDataDir(env: NodeJS.ProcessEnv, cwd: string): string {
  const raw = env.DATA_DIR?.trim() || './data';
  const dir = resolve(cwd, raw);
  try {
    if (!statSync(dir).isDirectory())
      throw new ConfigError('DATA_DIR', `${raw} exists and is not a directory`);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new ConfigError('DATA_DIR', `${raw} cannot be used: ${(error as Error).message}`);
  }
  return dir;
}

function readNeo4j(env: NodeJS.ProcessEnv): Neo4jConfig | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri))
    throw new ConfigError(
      'NEO4J_URI',
      `expected neo4j://host:port or bolt://host:port, got "${uri}"`,
    );
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE?.trim() || undefined,
    maxConnectionPoolSize: readInteger(env, 'NEO4J_MAX_POOL_SIZE', 50, 1, 1000),
    // The driver's own defaults; docs/scale-out.md says when to lower them.
    connectionTimeoutMs: readInteger(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 30_000, 100, 600_000),
    connectionAcquisitionTimeoutMs: readInteger(
      env,
      'NEO4J_ACQUISITION_TIMEOUT_MS',
      60_000,
      100,
      600_000,
    ),
    maxTransactionRetryTimeMs: readInteger(
      env,
      'NEO4J_MAX_TRANSACTION_RETRY_MS',
      30_000,
      0,
      600_000,
    ),
    connectAttempts: readInteger(env, 'NEO4J_CONNECT_ATTEMPTS', 5, 1, 100),
    connectRetryDelayMs: readInteger(env, 'NEO4J_CONNECT_RETRY_MS', 2000, 0, 600_000),
  };
}

/**
 * Reads and validates the configuration. Throws {@link ConfigError} naming the first bad
 * setting, so the process can exit with a one-line message.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!logLevels.includes(logLevel))
    throw new ConfigError(
      'LOG_LEVEL',
      `expected one of ${logLevels.join(', ')}, got "${logLevel}"`,
    );
  const neo4j = readNeo4j(env);
  return Object.freeze({
    port: readInteger(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: readDataDir(env, cwd),
    neo4j,
    logLevel,
    development: env.NODE_ENV === 'development',
    ...readTimeouts(env),
    writeTimeoutMs: readInteger(env, 'WRITE_TIMEOUT_MS', defaultWriteTimeoutMs, 1000, 3_600_000),
    queryStats: readBoolean(env, 'GRAPHQL_QUERY_STATS', false),
    search: readSearch(env, neo4j),
    maxReportBytes: readInteger(env, 'MAX_REPORT_BYTES', defaultMaxReportBytes, 1024, 2 ** 31),
    http: readHttp(env),
    corsOrigins: readCorsOrigins(env),
  });
}
