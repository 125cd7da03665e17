import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, readCorsOrigins } from '../../src/config/config.js';

describe('CORS_ORIGINS', () => {
  it('allows every origin when unset, empty or *', () => {
    assert.equal(readCorsOrigins({}), '*');
    assert.equal(readCorsOrigins({ CORS_ORIGINS: '  ' }), '*');
    assert.equal(readCorsOrigins({ CORS_ORIGINS: '*' }), '*');
  });

  it('reads a list of origins separated by commas or spaces', () => {
    assert.deepEqual(
      readCorsOrigins({
        CORS_ORIGINS: 'https://app.example.org, http://localhost:5173  https://b.test',
      }),
      ['https://app.example.org', 'http://localhost:5173', 'https://b.test'],
    );
  });

  for (const bad of [
    'app.example.org',
    'https://app.example.org/',
    'https://a.test/path',
    '*, https://a.test',
  ]) {
    it(`refuses "${bad}", naming the setting`, () => {
      assert.throws(
        () => readCorsOrigins({ CORS_ORIGINS: bad }),
        (error: unknown) =>
          error instanceof ConfigError &&
          /^CORS_ORIGINS: expected \* or origins/.test(error.message),
      );
    });
  }
});
