import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest folder above this module that holds `package.json`. Works
 * the same from `src/` (type checking) and from compiled output under `dist/`.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const cypherDir = join(projectRoot, 'cypher');
export const seedReportsDir = join(projectRoot, 'seed', 'reports');
export const vocabularyDir = join(projectRoot, 'seed', 'vocabulary');
export const schemaDir = join(projectRoot, 'schema');
/** The explorer page as `npm run build` bundles it (from `explorer/`). */
export const explorerBuildDir = join(projectRoot, 'dist', 'explorer');
