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
  ];
  for (const [what, env, message] of invalid) {
    it(`names the setting for ${what}`, () => {
      assert.match(configError(env).message, message);
    });
  }

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
});
