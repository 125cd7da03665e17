import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import lbug from '@ladybugdb/core';

import { loadSchemaStatements } from '../../../src/graph/catalog.js';

import {
  checkCypherFile,
  classifyCypherFile,
  formatCypherFinding,
} from '../../../tooling/cypher-check/check-file.js';
import { cypherDir } from '../../../src/paths.js';

const file = 'cypher/queries/case.cypher';

/** Checks a query body under a `// params:` header listing `params`. */
function check(body: string, params = '(none)') {
  return checkCypherFile(file, `// A test query.\n// params: ${params}\n${body}\n`);
}

/**
 * A bad case marks the expected finding position with `⟨`: the marker is removed from the
 * text and its line and column (counting the two header lines) are what the finding must give.
 */
function locate(body: string): { body: string; line: number; column: number } {
  const at = body.indexOf('⟨');
  assert.notEqual(at, -1, `case has no ⟨ marker: ${body}`);
  const before = body.slice(0, at);
  const line = before.split('\n').length + 2;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { body: body.replace('⟨', ''), line, column };
}

/** Constructs of the portable subset: [behaviour, query body, params header]. */
const good: [string, string, string?][] = [
  ['an id lookup with a parameter list', 'MATCH (f:Force)\nWHERE f.id IN $ids\nRETURN f', '$ids'],
  [
    'an upsert with explicit SET and ON CREATE SET',
    'MERGE (n:Topic {id: $id})\nON CREATE SET n.name = $name\nSET n.description = null',
    '$id, $name',
  ],
  [
    'a relationship write with labelled endpoints',
    'UNWIND $rows AS row\nMATCH (a:Finding {id: row.from})\nMATCH (b:Topic {id: row.to})\nMERGE (a)-[r:TAGGED]->(b)\nSET r.cue = row.cue',
    '$rows',
  ],
  [
    'aliased aggregates guarded against no rows',
    'MATCH (f:Force)\nOPTIONAL MATCH (f)<-[:ABOUT]-(x:Finding)\nRETURN f.id AS id, coalesce(collect(x.text), []) AS texts, count(x) AS n, coalesce(sum(x.ordinal), 0) AS total',
  ],
  [
    'EXISTS, COUNT with MATCH and a pattern predicate',
    'MATCH (f:Force)\nWHERE EXISTS { MATCH (f)<-[:INSPECTS]-(:Report) } AND COUNT { MATCH (f)<-[:PART_OF]-(:Unit) } > 0 AND (f)-[:RUNS]->(:Initiative)\nRETURN f.name',
  ],
  [
    'a variable-length path returned with WITH p AS p',
    'MATCH p = (a:Force {id: $id})-[:MOST_SIMILAR_TO*1..3]->(b:Force)\nWITH p AS p\nRETURN nodes(p) AS ns, relationships(p) AS rs',
    '$id',
  ],
  [
    'a path length returned directly',
    'MATCH p = (a:Force {id: $id})-[:MOST_SIMILAR_TO*1..3]->(b:Force)\nRETURN b.id, length(p) AS hops',
    '$id',
  ],
  [
    'portable functions',
    "MATCH (t:Term)\nRETURN toLower(trim(t.acronym)) AS a, replace(t.expansion, 'x', 'y') AS e, left(t.id, 2) AS l, right(t.id, 2) AS r, size(t.id) AS s, round(1.25, 1) AS x, abs(-1) AS b, log10(100) AS g, date($day) AS d",
    '$day',
  ],
  [
    'a list predicate on the iteration variable and literals only',
    "MATCH (f:Force)\nWHERE any(alias IN f.aliases WHERE alias STARTS WITH 'North')\nRETURN f.id",
  ],
  [
    'a top-k with a grouping key after WITH ORDER BY LIMIT',
    "MATCH (r:Report)\nWITH r ORDER BY r.lineCount DESC LIMIT 3\nRETURN 'all' AS k, max(r.lineCount) AS most",
  ],
  [
    'alternative labels and types, a simple CASE and paging',
    "MATCH (x:Finding|Recommendation)-[m:MENTIONS|TAGGED]->(y)\nRETURN x.id, CASE x.kind WHEN 'STRENGTH' THEN 1 ELSE 0 END AS strength\nORDER BY x.id\nSKIP $skip LIMIT $limit",
    '$skip, $limit',
  ],
  [
    'a union of aliased reads',
    'MATCH (u:Unit) RETURN u.name AS name\nUNION\nMATCH (p:PartnerAgency) RETURN p.name AS name',
  ],
  [
    'a detach delete',
    'MATCH (j:Judgement)\nWHERE j.reportId IN $reportIds\nDETACH DELETE j',
    '$reportIds',
  ],
  [
    'a generic CASE testing for null',
    'MATCH (t:Theme)\nRETURN CASE WHEN t.parentId IS NULL THEN 0 ELSE 1 END AS depth',
  ],
  [
    'a create with a literal map and a relationship between matched nodes',
    'MATCH (a:Force {id: $a})\nMATCH (b:Force {id: $b})\nCREATE (a)-[:MOST_SIMILAR_TO {quote: $quote}]->(b)\nCREATE (:Topic {id: $topic, name: trim($name)})',
    '$a, $b, $quote, $topic, $name',
  ],
  [
    'a batched optional lookup returning a map literal and distinct counts',
    'UNWIND $ids AS id\nOPTIONAL MATCH (f:Force {id: id})<-[:ABOUT]-(x:Finding)\nWHERE NOT EXISTS { MATCH (x)<-[:ADDRESSES]-(:Recommendation) } AND x.text IS NOT NULL\nWITH DISTINCT id, x\nRETURN id, {kind: x.kind, ordinal: x.ordinal} AS summary, count(DISTINCT x) AS n',
    '$ids',
  ],
  [
    'comments between clauses',
    'MATCH (t:Theme) // every theme\n/* the name only */\nRETURN t.name',
  ],
];
describe('checkCypherFile accepts the portable subset', () => {
  for (const [name, body, params] of good) {
    it(`accepts ${name}`, () => assert.deepEqual(check(body, params), []));
  }
});

/** Frees a result's share of the engine's buffer pool. */
function closeAll(result: lbug.QueryResult | lbug.QueryResult[]): void {
  for (const each of Array.isArray(result) ? result : [result]) each.close();
}

/** A value for every parameter the good cases use. */
const sampleParams: Record<string, unknown> = {
  ids: ['f1'],
  id: 'f1',
  name: ' Training ',
  rows: [{ from: 'x1', to: 't1', cue: 'training' }],
  a: 'f1',
  b: 'f2',
  quote: 'most similar',
  topic: 't2',
  skip: 0,
  limit: 10,
  day: '2024-03-01',
  reportIds: ['r1'],
};

describe('the accepted constructs run on the embedded engine', () => {
  let db: lbug.Database;
  let conn: lbug.Connection;

  before(async () => {
    db = new lbug.Database(':memory:', 64 * 2 ** 20, true, false, 2 ** 30);
    await db.init();
    conn = new lbug.Connection(db);
    await conn.init();
    for (const statement of loadSchemaStatements(join(cypherDir, 'schema', 'embedded.cypher'))) {
      closeAll(await conn.query(statement));
    }
  });

  after(async () => {
    await conn.close();
    await db.close();
  });

  for (const [name, body, params = ''] of good) {
    it(`runs ${name}`, async () => {
      const names = [...params.matchAll(/\$(\w+)/g)].map((match) => match[1]!);
      const values = Object.fromEntries(names.map((key) => [key, sampleParams[key]]));
      const statement = await conn.prepare(body);
      const result = await conn.execute(statement, values as never);
      closeAll(result);
    });
  }
});

describe('checkCypherFile reports non-portable constructs where they are', () => {
  const bad: [string, string, RegExp, string?][] = [
    ['list indexing', 'MATCH (f:Force)\nRETURN f.aliases⟨[0] AS a', /1-based/],
    ['list slicing', 'MATCH (f:Force)\nRETURN f.aliases⟨[1..2] AS a', /1-based/],
    ['two labels on a node', 'MATCH (n⟨:Force:Report)\nRETURN n', /OR on the embedded engine/],
    ['a label conjunction', 'MATCH (n⟨:Force&Report)\nRETURN n', /OR on the embedded engine/],
    ['a label negation', 'MATCH (n⟨:!Force)\nRETURN n', /other than :A or :A\|B/],
    ['an unaliased aggregate', 'MATCH (f:Force)\nRETURN ⟨count(*)', /alias this item/],
    [
      'an unaliased expression in WITH',
      'MATCH (f:Force)\nWITH ⟨toLower(f.name)\nRETURN 1 AS one',
      /alias this item/,
    ],
    [
      'an unaliased path in WITH',
      'MATCH p = (f:Force)-[:RUNS]->(:Initiative)\nWITH ⟨p\nRETURN p AS p',
      /p AS p/,
    ],
    [
      'a second statement',
      'MATCH (f:Force) RETURN f;\n⟨MATCH (r:Report) RETURN r',
      /more than one statement/,
    ],
    [
      'CASE x WHEN null',
      'MATCH (f:Force)\nRETURN CASE f.name WHEN ⟨null THEN 0 END AS x',
      /WHEN null/,
    ],
    ['substring', 'MATCH (f:Force)\nRETURN ⟨substring(f.name, 1, 2) AS s', /1-based/],
    ['labels()', 'MATCH (f:Force)\nRETURN ⟨labels(f) AS l', /labels\(\)/],
    ['keys()', 'MATCH (f:Force)\nRETURN ⟨keys(f) AS k', /keys\(\)/],
    ['id()', 'MATCH (f:Force)\nRETURN ⟨id(f) AS i', /id\(\)/],
    ['log()', 'RETURN ⟨log(10) AS l', /base 10/],
    ['reverse()', 'MATCH (f:Force)\nRETURN ⟨reverse(f.aliases) AS r', /reverse/],
    ['type()', 'MATCH (:Force)-[r:RUNS]->(:Initiative)\nRETURN ⟨type(r) AS t', /type\(r\)/],
    ['round() without precision', 'RETURN ⟨round(1.5) AS r', /round\(x, d\)/],
    [
      'a function outside the allowlist',
      'MATCH (f:Force)\nRETURN ⟨head(f.aliases) AS h',
      /Function head is not present/,
    ],
    [
      'a regular expression',
      "MATCH (f:Force)\nWHERE f.name ⟨=~ 'N.*'\nRETURN f",
      /regular expressions/,
    ],
    ['CALL { }', 'MATCH (f:Force)\n⟨CALL { RETURN 1 AS one }\nRETURN f', /CALL \{ \}/],
    ['FOREACH', 'MATCH (f:Force)\n⟨FOREACH (a IN f.aliases | SET f.name = a)', /FOREACH/],
    ['REMOVE', 'MATCH (f:Force)\n⟨REMOVE f.shortName', /REMOVE/],
    ['SET +=', 'MATCH (f:Force)\nSET ⟨f += $props', /SET n \+= map/, '$props'],
    ['SET n = $map', 'MATCH (f:Force)\nSET ⟨f = $props', /SET n = map/, '$props'],
    ['SET n:Label', 'MATCH (f:Force)\nSET ⟨f:Report', /SET n:Label/],
    ['a map projection', 'MATCH (f:Force)\nRETURN ⟨f {.name} AS m', /map projections/],
    [
      'a list comprehension',
      "MATCH (f:Force)\nRETURN ⟨[a IN f.aliases WHERE a <> '' | a] AS l",
      /list comprehensions/,
    ],
    [
      'a pattern comprehension',
      'MATCH (f:Force)\nRETURN ⟨[(f)-[:RUNS]->(i:Initiative) | i.name] AS l',
      /pattern comprehensions/,
    ],
    [
      'reduce',
      'MATCH (f:Force)\nRETURN ⟨reduce(s = 0, a IN f.aliases | s + size(a)) AS n',
      /reduce/,
    ],
    [
      'shortestPath',
      'MATCH p = ⟨shortestPath((a:Force)-[*..3]-(b:Force))\nRETURN p AS p',
      /shortestPath/,
    ],
    [
      'SHORTEST',
      'MATCH p = ⟨SHORTEST 1 (a:Force)-[:MOST_SIMILAR_TO]->+(b:Force)\nRETURN p AS p',
      /path selectors/,
    ],
    ['OFFSET', 'MATCH (f:Force)\nRETURN f\n⟨OFFSET 5', /OFFSET/],
    ['|| concatenation', "MATCH (f:Force)\nRETURN f.name ⟨|| 'x' AS s", /\|\|/],
    [
      'IS :: type predicates',
      'MATCH (f:Force)\nWHERE f.name ⟨IS :: STRING\nRETURN f',
      /type predicates/,
    ],
    ['WHERE n:Label', 'MATCH (f)\nWHERE f⟨:Force\nRETURN f', /label predicates/],
    [
      'short-form EXISTS',
      'MATCH (f:Force)\nWHERE ⟨EXISTS { (f)-[:RUNS]->(:Initiative) }\nRETURN f',
      /EXISTS \{ \} must start with MATCH/,
    ],
    [
      'short-form COUNT',
      'MATCH (f:Force)\nRETURN ⟨COUNT { (f)-[:RUNS]->(:Initiative) } AS n',
      /COUNT \{ \} must start with MATCH/,
    ],
    [
      'an aggregate with no grouping key after WITH ORDER BY LIMIT',
      'MATCH (r:Report)\nWITH r ORDER BY r.lineCount DESC LIMIT 3\n⟨RETURN max(r.lineCount) AS most',
      /ignores the ORDER BY/,
    ],
    [
      'WITH ORDER BY without LIMIT',
      'MATCH (r:Report)\nWITH r ⟨ORDER BY r.title\nRETURN r',
      /needs SKIP or LIMIT/,
    ],
    [
      'a parameter inside any()',
      'MATCH (f:Force)\nWHERE any(a IN f.aliases WHERE a IN ⟨$names)\nRETURN f',
      /parameter inside the predicate of any\(\)/,
      '$names',
    ],
    [
      'an outer variable inside all()',
      'MATCH (f:Force)\nWHERE all(a IN f.aliases WHERE a <> ⟨f.name)\nRETURN f',
      /outer variable/,
    ],
    [
      'a fractional literal in MATCH WHERE',
      'MATCH (r:Report)\nWHERE r.lineCount > ⟨1.5\nRETURN r',
      /fractional literal/,
    ],
    ['an unknown label', 'MATCH (f:⟨Forces)\nRETURN f', /Label Forces is not present/],
    [
      'an unknown relationship type',
      'MATCH (f:Force)-[:⟨RUNZ]->(i:Initiative)\nRETURN f',
      /Relationship type RUNZ is not present/,
    ],
    ['an unknown property key', 'MATCH (f:Force)\nRETURN f.⟨nmae AS n', /nmae is not present/],
    [
      'a relationship against the model direction',
      'MATCH ⟨(f:Force)<-[:RUNS]-(i:Initiative)\nRETURN f',
      /RUNS/,
    ],
    [
      'an undeclared parameter',
      'MATCH (f:Force)\nWHERE f.id = ⟨$id\nRETURN f',
      /Parameter \$id is not defined/,
    ],
  ];
  for (const [name, marked, message, params] of bad) {
    it(`reports ${name}`, () => {
      const { body, line, column } = locate(marked);
      const findings = check(body, params);
      const match = findings.find((f) => message.test(f.message));
      assert.ok(
        match,
        `no finding matching ${message}; got ${findings.map(formatCypherFinding).join('; ')}`,
      );
      assert.deepEqual([match.line, match.column], [line, column], formatCypherFinding(match));
    });
  }
});

describe('checkCypherFile reads the params header', () => {
  it('reports a missing params line at the top of the file', () => {
    const findings = checkCypherFile(file, 'MATCH (f:Force)\nRETURN f\n');
    assert.deepEqual(findings.map(formatCypherFinding), [
      `${file}:1:1 missing "// params:" header line: list the parameters ($a, $b) or write "// params: (none)"`,
    ]);
  });

  it('reports a declared parameter the query does not use, at its declaration', () => {
    const findings = check('MATCH (f:Force)\nWHERE f.id IN $ids\nRETURN f', '$ids, $unused');
    assert.deepEqual(findings.map(formatCypherFinding), [
      `${file}:2:18 parameter $unused is declared in the header but not used`,
    ]);
  });

  it('accepts parameters declared over several params lines with descriptions', () => {
    const source =
      '// params: $ids (Force ids)\n// params: $limit\nMATCH (f:Force)\nWHERE f.id IN $ids\nRETURN f\nLIMIT $limit\n';
    assert.deepEqual(checkCypherFile(file, source), []);
  });
});

describe('checkCypherFile by file kind', () => {
  it('skips the embedded DDL, which is not Neo4j syntax', () => {
    assert.equal(classifyCypherFile('cypher/schema/embedded-migrations.cypher'), 'embedded-schema');
    assert.deepEqual(
      checkCypherFile(
        'cypher/schema/embedded.cypher',
        'CREATE NODE TABLE X(id STRING PRIMARY KEY);\n',
      ),
      [],
    );
  });

  it('lints a Neo4j schema script of several statements without the query rules', () => {
    const name = 'cypher/schema/neo4j.cypher';
    assert.equal(classifyCypherFile(name), 'neo4j-schema');
    const source =
      '// params: (none)\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:Force) REQUIRE n.id IS UNIQUE;\nCREATE INDEX b IF NOT EXISTS FOR (n:Report) ON (n.forceId);\n';
    assert.deepEqual(checkCypherFile(name, source), []);
  });

  it('reports a syntax error in a Neo4j schema script', () => {
    const source =
      '// params: (none)\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:Force) REQUIRE n.id IS UNIQE;\n';
    const findings = checkCypherFile('cypher/schema/neo4j.cypher', source);
    assert.equal(findings.length > 0 && findings[0]!.line, 2);
  });
});
