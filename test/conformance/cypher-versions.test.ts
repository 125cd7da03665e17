import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCypherFile } from '../../tooling/cypher-check/check-file.js';

// Neo4j 2025.x servers may run Cypher 25, so every file is checked by the front end in
// Cypher 5 and in Cypher 25 (`npm run lint:cypher` does it for every file under cypher/).

describe('the Cypher check in Cypher 5 and Cypher 25', () => {
  it('reports, marked "Cypher 25", a query that Cypher 5 accepts and Cypher 25 refuses', () => {
    const source =
      '// params: (none)\nMATCH (j:Judgement)\nWHERE j.rank < 012\nRETURN j.id AS id\n';
    const messages = checkCypherFile('cypher/queries/octal.cypher', source).map((f) => f.message);
    assert.ok(
      messages.some((message) => /^Cypher 25: Invalid input '012'/.test(message)),
      messages.join('\n'),
    );
    assert.ok(messages.every((message) => !/^Cypher 5/.test(message)));
  });

  it('reports a problem both versions see once, without a version mark', () => {
    const source = '// params: (none)\nMATCH (j:Judgement)\nRETURN exp(j.rank) AS growth\n';
    const findings = checkCypherFile('cypher/queries/exp.cypher', source);
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.message]),
      [[3, 8, 'Function exp is not present in the database']],
    );
  });

  it('finds nothing in a portable query in either version', () => {
    const source = '// params: $ids\nMATCH (f:Force)\nWHERE f.id IN $ids\nRETURN f\n';
    assert.deepEqual(checkCypherFile('cypher/queries/forces.cypher', source), []);
  });
});
