import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { listCypherFiles, toProjectPath } from '../../../src/graph/catalog.js';
import { checkCypherFile, classifyCypherFile } from '../../../tooling/cypher-check/check-file.js';
import { cypherDir } from '../../../src/paths.js';

const neo4jOnly = 'cypher/neo4j-only/case.cypher';
const fullText =
  "CALL db.index.fulltext.queryNodes('graph_text', $query) YIELD node, score\nRETURN node.id AS id, labels(node) AS labels, score";

describe('Neo4j-only query files', () => {
  it('are recognised by their folder, apart from portable queries and schema scripts', () => {
    assert.equal(classifyCypherFile('cypher/neo4j-only/search-full-text.cypher'), 'neo4j-query');
    assert.equal(classifyCypherFile('cypher/queries/search-full-text.cypher'), 'query');
    assert.equal(classifyCypherFile('cypher/schema/neo4j-fulltext.cypher'), 'neo4j-schema');
  });

  it('may call the full-text procedure and Neo4j functions outside the portable subset', () => {
    assert.deepEqual(checkCypherFile(neo4jOnly, `// params: $query\n${fullText}\n`), []);
  });

  it('are still checked by the Neo4j front end: unknown procedures, undeclared parameters, several statements', () => {
    const messages = (source: string) =>
      checkCypherFile(neo4jOnly, source).map((finding) => finding.message);
    assert.ok(
      messages('// params: $q\nCALL apoc.text.search($q) YIELD node\nRETURN node').some((m) =>
        /apoc\.text\.search/.test(m),
      ),
    );
    assert.ok(messages(`// params: (none)\n${fullText}\n`).some((m) => /\$query/.test(m)));
    assert.ok(
      messages('// params: (none)\nMATCH (n:Force) RETURN n;\nMATCH (n:Unit) RETURN n\n').length >
        0,
    );
  });

  it('keep the procedure out of portable query files', () => {
    const findings = checkCypherFile(
      'cypher/queries/case.cypher',
      `// params: $query\n${fullText}\n`,
    );
    assert.ok(
      findings.some((finding) => /procedure calls are engine-specific/.test(finding.message)),
    );
  });

  it('hold every query that calls a procedure, and each one passes the check', () => {
    for (const path of listCypherFiles(cypherDir)) {
      const name = toProjectPath(path);
      const text = readFileSync(path, 'utf8');
      if (/^\s*CALL\s+db\./m.test(text))
        assert.equal(classifyCypherFile(name), 'neo4j-query', name);
      if (classifyCypherFile(name) === 'neo4j-query')
        assert.deepEqual(checkCypherFile(name, text), [], name);
    }
  });
});
