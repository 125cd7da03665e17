import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GraphQLResponse } from '../support/api-server.js';
import type { ConformanceOperation, ConformanceTarget } from './operation.js';
import { conformanceOperations } from './operations/index.js';

export type { ConformanceTarget } from './operation.js';

/**
 * Checks one response against its entry: the exact `data`, the entry's assertions over `data`,
 * or the error codes it must carry. Anything else (an error where data was expected, or data
 * where errors were) fails with the response in the message.
 */
export function assertConformingAnswer(
  operation: Exclude<ConformanceOperation, { walk: unknown }>,
  { status, body }: GraphQLResponse,
): void {
  if ('errorCodes' in operation) {
    assert.deepEqual(
      body.errors?.map((error) => error.extensions?.code),
      operation.errorCodes,
      JSON.stringify(body),
    );
    return;
  }
  assert.deepEqual(body.errors, undefined, 'the answer carries errors');
  assert.equal(status, 200);
  assert.ok(body.data, 'the answer has data');
  if ('data' in operation) assert.deepEqual(body.data, operation.data);
  else operation.check(body.data);
}

/**
 * Runs every conformance operation against the API `open` starts, one test per operation,
 * under `conformance suite on <engine>`. The same entries and assertions run on every engine.
 */
export function describeConformance(
  engine: string,
  open: () => Promise<ConformanceTarget>,
  operations: readonly ConformanceOperation[] = conformanceOperations,
): void {
  describe(`conformance suite on ${engine}`, () => {
    let target: ConformanceTarget | undefined;
    before(async () => {
      target = await open();
    });
    after(async () => {
      await target?.close();
    });
    for (const operation of operations) {
      const options = operation.knownIssue === undefined ? {} : { todo: operation.knownIssue };
      it(operation.name, options, async () => {
        assert.ok(target, `${engine} did not open`);
        if ('walk' in operation) return operation.walk(target);
        const variables =
          operation.variables === undefined ? undefined : { ...operation.variables };
        assertConformingAnswer(operation, await target.graphql(operation.query, variables));
      });
    }
  });
}
