import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One example operation shown as a tab in the IDE. */
export interface ExampleOperation {
  /** The operation's name, which GraphiQL shows as the tab title. */
  name: string;
  /** The document text, including its leading comment. */
  query: string;
}

/**
 * Turns an example file name into the operation name it must declare:
 * `01-forces-and-reports.graphql` → `ForcesAndReports`. The numeric prefix only orders the
 * tabs, since GraphiQL titles a tab by its operation name, not by anything we pass.
 */
export function exampleNameFromFile(fileName: string): string {
  return fileName
    .replace(/\.graphql$/, '')
    .replace(/^\d+-/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Reads the example operations in `dir` (every `*.graphql` file, in file-name order) for the
 * IDE's tabs.
 */
export async function loadExampleOperations(dir: string): Promise<ExampleOperation[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (file) => ({
      name: exampleNameFromFile(file),
      query: await readFile(join(dir, file), 'utf8'),
    })),
  );
}
