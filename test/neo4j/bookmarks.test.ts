import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../src/config/config.js';
import type { GraphStore, NamedQuery } from '../../src/graph/store.js';
import { openNeo4jTestStore } from './neo4j-store.js';

// Read-your-writes: every session of a process shares the driver's bookmark manager, so a read
// begins only once its server has applied every commit this process made. Here through
// neo4j:// (the routing driver a cluster or Aura uses; a single server routes to itself) with
// two stores on one URI, as `npm run ingest` inside the API process would use them.

const writeProbe: NamedQuery = {
  name: 'test/write-probe',
  text: 'UNWIND $ids AS id CREATE (:BookmarkProbe {id: id})',
};
const countProbes: NamedQuery = {
  name: 'test/count-probes',
  text: 'MATCH (p:BookmarkProbe) RETURN count(p) AS probes',
};
const removeProbes: NamedQuery = {
  name: 'test/remove-probes',
  text: 'MATCH (p:BookmarkProbe) DELETE p',
};

describe('bookmarks on a real Neo4j server', () => {
  const routingUri = readConfig().neo4j!.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  let writer: GraphStore;
  let reader: GraphStore;
  before(async () => {
    writer = await openNeo4jTestStore({ uri: routingUri });
    reader = await openNeo4jTestStore({ uri: routingUri });
    await writer.writeTransaction((tx) => tx.run(removeProbes));
  });
  after(async () => {
    await writer?.writeTransaction((tx) => tx.run(removeProbes));
    await writer?.close();
    await reader?.close();
  });

  it('sees each write in the very next read through another store on the same neo4j:// URI', async () => {
    for (let round = 1; round <= 20; round += 1) {
      await writer.writeTransaction((tx) => tx.run(writeProbe, { ids: [`probe-${round}`] }));
      assert.deepEqual(await reader.read(countProbes), [{ probes: round }]);
    }
  });
});
