import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';
import { benchOperations } from './api-operations.js';
import { scaleOperations } from './scale-operations.js';

/**
 * The benchmarks measure what the API answers, so every operation of their mixes must be
 * answered by the API as served, within its default limits: an operation that a schema or
 * cost-model change starts refusing would otherwise drop out of the tables unnoticed.
 */
describe('the benchmark operations run within the served limits', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(() => api.close());

  for (const [mix, operations] of [
    ['bench:api', benchOperations],
    ['bench:scale', scaleOperations],
  ] as const) {
    for (const operation of operations) {
      it(`${mix} ${operation.name} is answered without errors`, async () => {
        const variables = {
          ...operation.variables,
          ...(await operation.prepareVariables?.(api.url)),
        };
        const { status, body } = await api.graphql(operation.query, variables);
        assert.equal(status, 200, JSON.stringify(body.errors));
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      });
    }
  }
});
