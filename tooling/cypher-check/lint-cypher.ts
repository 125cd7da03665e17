/**
 * `npm run lint:cypher`: checks every `.cypher` file under `cypher/` for portability between
 * Neo4j and the embedded engine (LadybugDB DDL under `cypher/schema/embedded*.cypher` is
 * skipped: tests execute it instead). Prints `file:line:col message` per finding and a
 * summary line; exits 1 when there is any finding. `--dir <path>` checks another folder.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { listCypherFiles, toProjectPath } from '../../src/graph/catalog.js';
import { cypherDir } from '../../src/paths.js';
import { checkCypherFile, classifyCypherFile, formatCypherFinding } from './check-file.js';

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = values.dir === undefined ? cypherDir : resolve(values.dir);
  const files = listCypherFiles(dir)
    .map((path) => ({ path, name: toProjectPath(path) }))
    .filter(({ name }) => classifyCypherFile(name) !== 'embedded-schema');
  let findings = 0;
  for (const { path, name } of files) {
    for (const finding of checkCypherFile(name, readFileSync(path, 'utf8'))) {
      console.log(formatCypherFinding(finding));
      findings += 1;
    }
  }
  console.log(`${files.length} Cypher files checked, ${findings} findings`);
  if (findings > 0) process.exitCode = 1;
}

main();
