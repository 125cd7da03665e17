/**
 * Bundles the explorer page with esbuild: `explorer/src/main.ts` (with cytoscape and its
 * stylesheet) into `dist/explorer/explorer-<hash>.js` and `.css`, and `explorer/index.html`
 * into `dist/explorer/index.html` naming those files under `/explore/assets/`. The server
 * serves that folder (src/server/explorer/). Run by `npm run build`, after the page's type
 * check; the bundle is minified and has no source map, so nothing but these files ships.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { explorerBuildDir } from '../../src/paths.js';
import { explorerDir } from './explorer-paths.js';

/** Where the page finds its assets; must match `explorerAssetsPath` of the server. */
const assetsUrl = '/explore/assets/';

async function main(): Promise<void> {
  rmSync(explorerBuildDir, { recursive: true, force: true });
  mkdirSync(explorerBuildDir, { recursive: true });
  const result = await build({
    entryPoints: { explorer: join(explorerDir, 'src', 'main.ts') },
    outdir: explorerBuildDir,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2022'],
    platform: 'browser',
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
  const named = (extension: string): string => {
    const file = outputs.find((name) => name.startsWith('explorer-') && name.endsWith(extension));
    if (file === undefined) throw new Error(`esbuild wrote no explorer-*${extension}`);
    return file;
  };
  const template = readFileSync(join(explorerDir, 'index.html'), 'utf8');
  const page = template
    .replace('href="explorer.css"', `href="${assetsUrl}${named('.css')}"`)
    .replace('src="explorer.js"', `src="${assetsUrl}${named('.js')}"`);
  if (page.includes('"explorer.css"') || page.includes('"explorer.js"') || page === template)
    throw new Error('explorer/index.html must link explorer.css and explorer.js');
  writeFileSync(join(explorerBuildDir, 'index.html'), page);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `explorer bundle: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
