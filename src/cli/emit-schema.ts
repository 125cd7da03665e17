import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApiSchema } from '../api/build-schema.js';
import { printApiSchema } from '../api/print-schema.js';
import { schemaDir } from '../paths.js';

/**
 * `npm run schema:emit` writes `schema/schema.graphql` from the type-graphql classes;
 * with `--check` it only reports whether the committed file is stale (exit 1 if so).
 */
async function main(): Promise<void> {
  const file = join(schemaDir, 'schema.graphql');
  const sdl = printApiSchema(await buildApiSchema());
  if (process.argv.includes('--check')) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== sdl) {
      process.stderr.write('schema/schema.graphql is stale: run `npm run schema:emit`\n');
      process.exit(1);
    }
    process.stdout.write('schema/schema.graphql is up to date\n');
    return;
  }
  await writeFile(file, sdl);
  process.stdout.write('wrote schema/schema.graphql\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
