import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import { vocabularyDir } from '../../paths.js';
import { readEntityVocabulary } from './entity-vocabulary.js';
import { VocabularyError } from '../errors.js';
import { checkForces, checkThemes } from './rules.js';
import type { ForceEntry, ThemeEntry, Vocabulary } from './vocabulary.types.js';

/**
 * The I/O edge of the vocabulary: reads `forces.json` and `themes.json`, validates each against
 * its JSON Schema (ajv) and the cross-entry rules, and returns plain data for the pure parser.
 */

interface ForcesFile {
  forces: ForceEntry[];
}

interface ThemesFile {
  themes: (Omit<ThemeEntry, 'question' | 'continues'> & {
    question?: string;
    continues?: ThemeEntry['continues'];
  })[];
}

/** Loads and validates the vocabulary in `dir` (default `seed/vocabulary/`). */
export async function loadVocabulary(dir: string = vocabularyDir): Promise<Vocabulary> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const forces = await readValidated<ForcesFile>(ajv, dir, 'forces');
  const themes = await readValidated<ThemesFile>(ajv, dir, 'themes');
  const vocabulary: Vocabulary = {
    forces: forces.forces,
    themes: themes.themes.map((t) => ({
      ...t,
      question: t.question ?? null,
      continues: t.continues ?? [],
    })),
  };
  const forceProblems = checkForces(vocabulary.forces);
  if (forceProblems.length > 0) throw new VocabularyError(join(dir, 'forces.json'), forceProblems);
  const themeProblems = checkThemes(vocabulary.themes);
  if (themeProblems.length > 0) throw new VocabularyError(join(dir, 'themes.json'), themeProblems);
  const read = <T>(name: string): Promise<T> => readValidated<T>(ajv, dir, name);
  return { ...vocabulary, ...(await readEntityVocabulary(read, dir, vocabulary.forces)) };
}

async function readValidated<T>(ajv: Ajv, dir: string, name: string): Promise<T> {
  const schemaFile = join(dir, `${name}.schema.json`);
  const dataFile = join(dir, `${name}.json`);
  const validate = ajv.compile<T>((await readJson(schemaFile)) as AnySchemaObject);
  const data = await readJson(dataFile);
  if (!validate(data)) throw new VocabularyError(dataFile, describeErrors(validate));
  // The schema check above is what makes this cast true.
  return data as T;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new VocabularyError(file, ['cannot be read'], { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new VocabularyError(file, [`not JSON: ${(error as Error).message}`], { cause: error });
  }
}

function describeErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
