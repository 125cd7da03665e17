import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, readConfig } from '../../src/config/config.js';

const cwd = mkdtempSync(join(tmpdir(), 'config-test-'));

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readConfig(env, cwd);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('reading the configuration from the environment', () => {
  it('defaults to port 4000, ./data and the embedded engine', () => {
    const config = readConfig({}, cwd);
    assert.equal(config.port, 4000);
    assert.equal(config.dataDir, join(cwd, 'data'));
    assert.equal(config.neo4j, undefined);
    assert.ok(Object.isFrozen(config));
  });

  const invalid: [string, NodeJS.ProcessEnv, RegExp][] = [
    ['a port that is not a number', { PORT: 'eighty' }, /^PORT: expected a whole number/],
    ['a port out of range', { PORT: '70000' }, /^PORT: expected a number from 0 to 65535/],
    [
      'a NEO4J_URI that is not a bolt or neo4j URL',
      { NEO4J_URI: 'http://x' },
      /^NEO4J_URI: expected/,
    ],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of/],
    [
      'a request timeout that is not a number',
      { REQUEST_TIMEOUT_MS: '15s' },
      /^REQUEST_TIMEOUT_MS: expected a whole number, got "15s"/,
    ],
    [
      'a request timeout too short to answer anything',
      { REQUEST_TIMEOUT_MS: '10' },
      /^REQUEST_TIMEOUT_MS: expected a number from 100 to 600000, got 10/,
    ],
    [
      'a write timeout too short for any load',
      { WRITE_TIMEOUT_MS: '10' },
      /^WRITE_TIMEOUT_MS: expected a number from 1000 to 3600000, got 10/,
    ],
    ['a query depth of 0', { MAX_QUERY_DEPTH: '0' }, /^MAX_QUERY_DEPTH: expected a number from 1/],
    [
      'a negative query complexity',
      { MAX_QUERY_COMPLEXITY: '-5' },
      /^MAX_QUERY_COMPLEXITY: expected a whole number/,
    ],
    [
      'a Neo4j connection timeout with a unit',
      { NEO4J_URI: 'bolt://db:7687', NEO4J_CONNECTION_TIMEOUT_MS: '5s' },
      /^NEO4J_CONNECTION_TIMEOUT_MS: expected a whole number, got "5s"/,
    ],
    [
      'a Neo4j acquisition timeout too short to get any connection',
      { NEO4J_URI: 'bolt://db:7687', NEO4J_ACQUISITION_TIMEOUT_MS: '5' },
      /^NEO4J_ACQUISITION_TIMEOUT_MS: expected a number from 100 to 600000, got 5/,
    ],
    [
      'a negative Neo4j transaction retry time',
      { NEO4J_URI: 'bolt://db:7687', NEO4J_MAX_TRANSACTION_RETRY_MS: '-1' },
      /^NEO4J_MAX_TRANSACTION_RETRY_MS: expected a whole number/,
    ],
    [
      'a Neo4j pool of no connections',
      { NEO4J_URI: 'bolt://db:7687', NEO4J_MAX_POOL_SIZE: '0' },
      /^NEO4J_MAX_POOL_SIZE: expected a number from 1 to 1000, got 0/,
    ],
    [
      'a query timeout above the request timeout',
      { QUERY_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '15000' },
      /^QUERY_TIMEOUT_MS: 20000 is above REQUEST_TIMEOUT_MS \(15000\)/,
    ],
    [
      'an introspection switch that is neither on nor off',
      { GRAPHQL_INTROSPECTION: 'perhaps' },
      /^GRAPHQL_INTROSPECTION: expected 1 or 0/,
    ],
    [
      'a negative rate limit',
      { RATE_LIMIT_PER_MINUTE: '-1' },
      /^RATE_LIMIT_PER_MINUTE: expected a whole number/,
    ],
    [
      'a report size limit below 1 kB',
      { MAX_REPORT_BYTES: '10' },
      /^MAX_REPORT_BYTES: expected a number from 1024/,
    ],
    [
      'a query statistics switch that is neither on nor off',
      { GRAPHQL_QUERY_STATS: 'maybe' },
      /^GRAPHQL_QUERY_STATS: expected 1 or 0/,
    ],
  ];
  for (const [what, env, message] of invalid) {
    it(`names the setting for ${what}`, () => {
      assert.match(configError(env).message, message);
    });
  }

  it('defaults to a 15 s request timeout, depth 10, complexity 20000, 5 expensive questions and no query statistics', () => {
    const config = readConfig({}, cwd);
    assert.deepEqual(config.limits, {
      requestTimeoutMs: 15_000,
      maxQueryDepth: 10,
      maxQueryComplexity: 20_000,
      maxExpensiveFields: 5,
    });
    assert.equal(config.queryStats, false);
    assert.equal(config.development, false);
  });

  it('keeps the query timeout below the request timeout: 10 s, or the request budget if shorter', () => {
    assert.equal(readConfig({}, cwd).queryTimeoutMs, 10_000);
    assert.equal(readConfig({ REQUEST_TIMEOUT_MS: '4000' }, cwd).queryTimeoutMs, 4000);
    assert.equal(readConfig({ QUERY_TIMEOUT_MS: '15000' }, cwd).queryTimeoutMs, 15_000);
  });

  it('gives writes ten minutes by default, whatever the request budget', () => {
    assert.equal(readConfig({}, cwd).writeTimeoutMs, 600_000);
    assert.equal(readConfig({ REQUEST_TIMEOUT_MS: '4000' }, cwd).writeTimeoutMs, 600_000);
    assert.equal(readConfig({ WRITE_TIMEOUT_MS: '1200000' }, cwd).writeTimeoutMs, 1_200_000);
  });

  it('serves introspection, limits 600 requests a minute per address and trusts no proxy by default', () => {
    assert.deepEqual(readConfig({}, cwd).http, {
      introspection: true,
      rateLimitPerMinute: 600,
      trustProxy: false,
    });
    const set = readConfig(
      { GRAPHQL_INTROSPECTION: 'false', RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: '1' },
      cwd,
    );
    assert.deepEqual(set.http, { introspection: false, rateLimitPerMinute: 0, trustProxy: 1 });
    assert.equal(readConfig({ TRUST_PROXY: 'loopback' }, cwd).http.trustProxy, 'loopback');
    assert.equal(readConfig({ MAX_REPORT_BYTES: '1048576' }, cwd).maxReportBytes, 1_048_576);
  });

  it('reads the request limits and the query statistics switch', () => {
    const config = readConfig(
      {
        REQUEST_TIMEOUT_MS: '2500',
        MAX_QUERY_DEPTH: '6',
        MAX_QUERY_COMPLEXITY: '800',
        GRAPHQL_QUERY_STATS: '1',
      },
      cwd,
    );
    assert.deepEqual(config.limits, {
      requestTimeoutMs: 2500,
      maxQueryDepth: 6,
      maxQueryComplexity: 800,
      maxExpensiveFields: 5,
    });
    assert.equal(config.queryStats, true);
    assert.equal(readConfig({ GRAPHQL_QUERY_STATS: 'false' }, cwd).queryStats, false);
  });

  it('shows error detail only when NODE_ENV is development', () => {
    assert.equal(readConfig({ NODE_ENV: 'development' }, cwd).development, true);
    assert.equal(readConfig({ NODE_ENV: 'production' }, cwd).development, false);
  });

  it('rejects a DATA_DIR that is a file', () => {
    writeFileSync(join(cwd, 'a-file'), 'x');
    assert.match(
      configError({ DATA_DIR: 'a-file' }).message,
      /^DATA_DIR: a-file exists and is not a directory/,
    );
  });

  it('reads the Neo4j settings when NEO4J_URI is set', () => {
    const config = readConfig(
      {
        NEO4J_URI: 'neo4j://db.example:7687',
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 's',
        NEO4J_DATABASE: 'hmic',
      },
      cwd,
    );
    assert.deepEqual(
      { uri: config.neo4j?.uri, user: config.neo4j?.user, database: config.neo4j?.database },
      { uri: 'neo4j://db.example:7687', user: 'reader', database: 'hmic' },
    );
  });

  it("defaults the Neo4j pool to 50 connections and the timeouts to the driver's own", () => {
    const neo4j = readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }, cwd).neo4j;
    assert.deepEqual(
      [
        neo4j?.maxConnectionPoolSize,
        neo4j?.connectionTimeoutMs,
        neo4j?.connectionAcquisitionTimeoutMs,
        neo4j?.maxTransactionRetryTimeMs,
      ],
      [50, 30_000, 60_000, 30_000],
    );
  });

  it('reads the Neo4j pool size, connection, acquisition and transaction retry times', () => {
    const neo4j = readConfig(
      {
        NEO4J_URI: 'neo4j://cluster.example:7687',
        NEO4J_MAX_POOL_SIZE: '20',
        NEO4J_CONNECTION_TIMEOUT_MS: '5000',
        NEO4J_ACQUISITION_TIMEOUT_MS: '2000',
        NEO4J_MAX_TRANSACTION_RETRY_MS: '0',
      },
      cwd,
    ).neo4j;
    assert.deepEqual(
      [
        neo4j?.maxConnectionPoolSize,
        neo4j?.connectionTimeoutMs,
        neo4j?.connectionAcquisitionTimeoutMs,
        neo4j?.maxTransactionRetryTimeMs,
      ],
      [20, 5000, 2000, 0],
    );
  });
});
