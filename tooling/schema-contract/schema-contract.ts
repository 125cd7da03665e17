import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot, schemaDir } from '../../src/paths.js';
import {
  findSchemaBreaks,
  findUndeclaredBreaks,
  readDeclaredBreaks,
  sortReleaseFiles,
  type SchemaBreak,
} from './breaking-changes.js';

/** Where the released SDL files are kept, one per version. */
export const releaseDir = join(schemaDir, 'release');

export interface ContractReport {
  /** The release compared with (`0.1.0.graphql`). */
  previous: string;
  breaks: SchemaBreak[];
  undeclared: SchemaBreak[];
}

/** Compares the committed `schema/schema.graphql` with the newest release and CHANGELOG.md. */
export async function checkSchemaContract(): Promise<ContractReport> {
  const releases = sortReleaseFiles(await readdir(releaseDir));
  const previous = releases.at(-1);
  if (!previous) throw new Error(`No released schema in ${releaseDir}`);
  const [previousSdl, currentSdl, changelog] = await Promise.all([
    readFile(join(releaseDir, previous), 'utf8'),
    readFile(join(schemaDir, 'schema.graphql'), 'utf8'),
    readFile(join(projectRoot, 'CHANGELOG.md'), 'utf8'),
  ]);
  const breaks = findSchemaBreaks(previousSdl, currentSdl);
  return {
    previous,
    breaks,
    undeclared: findUndeclaredBreaks(breaks, readDeclaredBreaks(changelog)),
  };
}
