import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, readConfig } from '../../src/config/config.js';

const cwd = mkdtempSync(join(tmpdir(), 'search-config-test-'));
const neo4j = { NEO4J_URI: 'neo4j://db.example:7687' };

describe('search settings', () => {
  it('default to the in-process index, checked for graph changes every 30 seconds', () => {
    assert.deepEqual(readConfig({}, cwd).search, { backend: 'minisearch', refreshSeconds: 30 });
    assert.ok(Object.isFrozen(readConfig({}, cwd).search));
  });

  it('read SEARCH_REFRESH_SECONDS from 0 (check before every search) to a day', () => {
    assert.equal(readConfig({ SEARCH_REFRESH_SECONDS: '0' }, cwd).search.refreshSeconds, 0);
    assert.equal(readConfig({ SEARCH_REFRESH_SECONDS: '86400' }, cwd).search.refreshSeconds, 86400);
  });

  it('read SEARCH_BACKEND=neo4j-fulltext when NEO4J_URI is set', () => {
    const config = readConfig({ ...neo4j, SEARCH_BACKEND: 'neo4j-fulltext' }, cwd);
    assert.equal(config.search.backend, 'neo4j-fulltext');
  });

  const invalid: [string, NodeJS.ProcessEnv, RegExp][] = [
    [
      'a refresh that is not a number',
      { SEARCH_REFRESH_SECONDS: 'soon' },
      /^SEARCH_REFRESH_SECONDS: expected a whole number/,
    ],
    [
      'a negative refresh',
      { SEARCH_REFRESH_SECONDS: '-1' },
      /^SEARCH_REFRESH_SECONDS: expected a whole number/,
    ],
    [
      'a refresh over a day',
      { SEARCH_REFRESH_SECONDS: '86401' },
      /^SEARCH_REFRESH_SECONDS: expected a number from 0 to 86400/,
    ],
    [
      'an unknown backend',
      { SEARCH_BACKEND: 'lucene' },
      /^SEARCH_BACKEND: expected minisearch or neo4j-fulltext, got "lucene"/,
    ],
    [
      'the Neo4j backend without Neo4j',
      { SEARCH_BACKEND: 'neo4j-fulltext' },
      /^SEARCH_BACKEND: neo4j-fulltext needs a Neo4j store/,
    ],
  ];
  for (const [what, env, message] of invalid) {
    it(`refuses ${what}, naming the setting`, () => {
      assert.throws(
        () => readConfig(env, cwd),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }
});
