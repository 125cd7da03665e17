import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VocabularyError } from '../../src/ingest/errors.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { findForce, findTheme } from '../../src/ingest/vocabulary/lookup.js';
import { vocabularyDir } from '../../src/paths.js';
import { getVocabulary } from './harness.js';

describe('vocabulary', () => {
  it('lists the 43 territorial forces of England and Wales', async () => {
    const vocabulary = await getVocabulary();
    assert.equal(vocabulary.forces.length, 43);
    assert.equal(new Set(vocabulary.forces.map((f) => f.id)).size, 43);
  });

  it('resolves forces by name and alias, in any case', async () => {
    const vocabulary = await getVocabulary();
    const cases: [string, string][] = [
      ['Metropolitan Police Service', 'metropolitan-police'],
      ['MPS', 'metropolitan-police'],
      ['the Met', 'metropolitan-police'],
      ['THAMES VALLEY POLICE', 'thames-valley-police'],
      ['TVP', 'thames-valley-police'],
      ['WMP', 'west-midlands-police'],
      ['Devon & Cornwall Police', 'devon-and-cornwall-police'],
      ['Metropolitan Police Major Crime', 'metropolitan-police'],
    ];
    for (const [name, id] of cases) assert.equal(findForce(vocabulary, name)?.id, id, name);
    assert.equal(findForce(vocabulary, 'Atlantis Police'), undefined);
  });

  it('maps heading variants to canonical themes of the right framework', async () => {
    const vocabulary = await getVocabulary();
    const cases: [string, string, string][] = [
      [
        'HMIC_INSPECTION',
        'Protecting Vulnerable People – Domestic Violence',
        'protecting-vulnerable-people/domestic-violence',
      ],
      ['HMIC_INSPECTION', 'Domestic abuse', 'protecting-vulnerable-people/domestic-violence'],
      [
        'HMIC_INSPECTION',
        'PROTECTING VULNERABLE PEOPLE – OVERVIEW',
        'protecting-vulnerable-people',
      ],
      ['MAJOR_CRIME', 'Major Crime', 'major-crime'],
      [
        'PEEL_EFFECTIVENESS',
        'How effective is the force at tackling serious and organised crime?',
        'peel-effectiveness/tackling-serious-and-organised-crime',
      ],
    ];
    for (const [framework, heading, id] of cases)
      assert.equal(findTheme(vocabulary, framework, heading)?.id, id, heading);
    assert.equal(findTheme(vocabulary, 'PEEL_EFFECTIVENESS', 'Domestic violence'), undefined);
  });
});

describe('loadVocabulary validation', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vocabulary-test-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function copyWith(
    edit: (forces: { forces: Record<string, unknown>[] }) => void,
  ): Promise<string> {
    const target = join(dir, String(Math.random()).slice(2));
    await cp(vocabularyDir, target, { recursive: true });
    const file = join(target, 'forces.json');
    const forces = JSON.parse(await readFile(file, 'utf8')) as {
      forces: Record<string, unknown>[];
    };
    edit(forces);
    await writeFile(file, JSON.stringify(forces));
    return target;
  }

  it('rejects data that breaks the JSON Schema, naming file and place', async () => {
    const target = await copyWith((f) => delete f.forces[3]!.shortName);
    await assert.rejects(loadVocabulary(target), (error: unknown) => {
      assert.ok(error instanceof VocabularyError);
      assert.match(
        error.message,
        /forces\.json: \/forces\/3: must have required property 'shortName'/,
      );
      return true;
    });
  });

  it('rejects an alias that names two forces', async () => {
    const target = await copyWith((f) => (f.forces[0]!.aliases as string[]).push('MPS'));
    await assert.rejects(
      loadVocabulary(target),
      /forces\.json: \/forces\/24\/aliases: 'MPS' also names 'avon-and-somerset-constabulary'/,
    );
  });

  it('rejects an id that does not follow its naming rule', async () => {
    const target = await copyWith((f) => (f.forces[1]!.id = 'beds'));
    await assert.rejects(
      loadVocabulary(target),
      /\/forces\/1\/id: 'beds' should be 'bedfordshire-police'/,
    );
  });
});
