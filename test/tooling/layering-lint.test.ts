import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

import { projectRoot } from '../../src/paths.js';

// The layering rules of eslint.config.js, run through ESLint on small sources placed (in
// memory) at the paths they guard: each rule must reject the import it exists to reject and
// let the allowed one through, so a typo in a zone cannot silently switch it off.
const eslint = new ESLint({ cwd: projectRoot });

async function problemsOf(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) });
  return (result?.messages ?? [])
    .filter(
      (message) =>
        message.ruleId === 'import-x/no-restricted-paths' ||
        message.ruleId === 'import-x/no-extraneous-dependencies' ||
        message.ruleId === 'no-restricted-imports',
    )
    .map((message) => `${message.ruleId}: ${message.message}`);
}

function usesEach(...names: string[]): string {
  return `export const used = [${names.join(', ')}];\n`;
}

describe('the layering lint rules', () => {
  it('keep node:fs out of src/ingest except io/ and the vocabulary loader', async () => {
    const code = `import { readFileSync } from 'node:fs';\n${usesEach('readFileSync')}`;
    const stage = await problemsOf('src/ingest/layout/probe.ts', code);
    assert.equal(stage.length, 1);
    assert.match(stage[0]!, /no-restricted-imports: 'node:fs' import is restricted/);
    assert.equal(
      (await problemsOf('src/ingest/text/probe.ts', code.replace("'node:fs'", "'fs/promises'")))
        .length,
      1,
    );
    assert.deepEqual(await problemsOf('src/ingest/io/probe.ts', code), []);
    assert.deepEqual(await problemsOf('src/ingest/vocabulary/vocabulary.ts', code), []);
  });

  it('let only src/ingest/io/load-reports.ts reach src/graph, and only through the port', async () => {
    const port = `import type { GraphStore } from '../../graph/store.js';\nexport type Port = GraphStore;\n`;
    assert.deepEqual(await problemsOf('src/ingest/io/load-reports.ts', port), []);
    for (const path of ['src/ingest/io/summarise.ts', 'src/ingest/findings/probe.ts']) {
      const [problem, ...rest] = await problemsOf(path, port);
      assert.match(problem ?? '', /only src\/ingest\/io\/load-reports.ts may write to the store/);
      assert.deepEqual(rest, []);
    }
    assert.deepEqual(
      await problemsOf('src/ingest/parse-report.ts', port.replace('../../graph', '../graph')),
      [
        'import-x/no-restricted-paths: Unexpected path "../graph/store.js" imported in restricted zone. ingestion is pure; only src/ingest/io/load-reports.ts may write to the store',
      ],
    );
    const adapter = `import { openConfiguredStore } from '../../graph/open-store.js';\nimport { openEmbeddedStore } from '../../graph/embedded/embedded-store.js';\n${usesEach('openConfiguredStore', 'openEmbeddedStore')}`;
    const problems = await problemsOf('src/ingest/io/load-reports.ts', adapter);
    assert.equal(problems.length, 2);
    for (const problem of problems) assert.match(problem, /only through the GraphStore port/);
  });

  it('keep src/api off src/ingest and src/export off the adapters', async () => {
    const ingest = `import { parseReport } from '../ingest/parse-report.js';\n${usesEach('parseReport')}`;
    const [apiProblem, ...apiRest] = await problemsOf('src/api/probe.ts', ingest);
    assert.match(apiProblem ?? '', /api reads the graph through the port/);
    assert.deepEqual(apiRest, []);
    const adapter = `import { openEmbeddedStore } from '../graph/embedded/embedded-store.js';\n${usesEach('openEmbeddedStore')}`;
    const [exportProblem, ...exportRest] = await problemsOf('src/export/probe.ts', adapter);
    assert.match(exportProblem ?? '', /export works on any GraphStore/);
    assert.deepEqual(exportRest, []);
    const port = `import type { GraphStore } from '../graph/store.js';\nexport type Port = GraphStore;\n`;
    assert.deepEqual(await problemsOf('src/export/probe.ts', port), []);
  });

  it('keep tooling/ and devDependencies out of src, not out of tooling/ and test/', async () => {
    const tooling = `import { checkCypherFile } from '../../tooling/cypher-check/check-file.js';\n${usesEach('checkCypherFile')}`;
    const [toolingProblem] = await problemsOf('src/graph/probe.ts', tooling);
    assert.match(toolingProblem ?? '', /runtime code never imports it/);
    const devDependency = `import { format } from 'prettier';\n${usesEach('format')}`;
    assert.deepEqual(await problemsOf('src/cli/probe.ts', devDependency), [
      "import-x/no-extraneous-dependencies: 'prettier' should be listed in the project's dependencies, not devDependencies.",
    ]);
    assert.deepEqual(await problemsOf('tooling/generate/probe.ts', devDependency), []);
    assert.deepEqual(await problemsOf('test/export/probe.ts', devDependency), []);
    const dependency = `import { graphql } from 'graphql';\n${usesEach('graphql')}`;
    assert.deepEqual(await problemsOf('src/api/probe.ts', dependency), []);
  });
  it('keep the explorer page a client of the API: no src/ imports, bundled devDependencies allowed', async () => {
    const server = `import { explorerPath } from '../../src/server/explorer/explorer-handler.js';\n${usesEach('explorerPath')}`;
    const [problem, ...rest] = await problemsOf('explorer/src/probe.ts', server);
    assert.match(problem ?? '', /the explorer page talks to the API over HTTP only/);
    assert.deepEqual(rest, []);
    const library = `import cytoscape from 'cytoscape';\n${usesEach('cytoscape')}`;
    assert.deepEqual(await problemsOf('explorer/src/probe.ts', library), []);
    const page = `import { request } from '../../explorer/src/api.js';\n${usesEach('request')}`;
    const [fromServer] = await problemsOf('src/server/probe.ts', page);
    assert.match(fromServer ?? '', /the explorer page is a separate build/);
  });
});
