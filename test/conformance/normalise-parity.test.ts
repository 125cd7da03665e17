import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmbeddedGraphStore } from '../../src/graph/embedded/embedded-store.js';
import { openTestStore } from '../support/embedded-store.js';
import {
  embeddedInstant,
  embeddedParitySchema,
  normaliseCases,
  paritySeed,
} from './normalise-cases.js';

// The embedded half of the normalisation parity: the same cases run on a real Neo4j server in
// test/neo4j/values.test.ts.
describe('result normalisation on the embedded engine (the rows the Neo4j adapter returns too)', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore(embeddedParitySchema);
    await store.writeTransaction((tx) => tx.run(paritySeed(embeddedInstant)));
  });
  after(() => store.close());

  for (const parity of normaliseCases) {
    it(`returns ${parity.what} as plain values`, async () => {
      const rows = await store.read({ name: 'test/parity', text: parity.query });
      assert.deepEqual(rows, [parity.expected]);
    });
  }
});
