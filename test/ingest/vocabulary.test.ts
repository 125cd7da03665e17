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

  /** A copy of the vocabulary with one file (`forces.json` unless named) edited. */
  async function copyWith(
    edit: (data: { forces: Record<string, unknown>[] }) => void,
  ): Promise<string>;
  async function copyWith(
    edit: (data: { themes: Record<string, unknown>[] }) => void,
    name: 'themes.json',
  ): Promise<string>;
  async function copyWith(edit: (data: never) => void, name = 'forces.json'): Promise<string> {
    const target = join(dir, String(Math.random()).slice(2));
    await cp(vocabularyDir, target, { recursive: true });
    const file = join(target, name);
    const data = JSON.parse(await readFile(file, 'utf8')) as never;
    edit(data);
    await writeFile(file, JSON.stringify(data));
    return target;
  }

  /** Edits the `continues` list of the theme with id `themeId`. */
  const continuesOf =
    (themeId: string, continues: Array<{ theme: string; basis: string }>) =>
    (data: { themes: Record<string, unknown>[] }) => {
      const theme = data.themes.find((t) => t.id === themeId);
      assert.ok(theme, themeId);
      theme.continues = continues;
    };
  const basis = 'Both frameworks say they assess the same work.';

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

  it('rejects a theme continuation that names no theme, its own framework, or a loop', async () => {
    const peelPvp = 'peel-effectiveness/protecting-vulnerable-people-and-supporting-victims';
    const unknown = await copyWith(
      continuesOf(peelPvp, [{ theme: 'protecting-vulnerable-folk', basis }]),
      'themes.json',
    );
    await assert.rejects(
      loadVocabulary(unknown),
      /themes\.json: \/themes\/\d+\/continues\/0\/theme: unknown theme 'protecting-vulnerable-folk'/,
    );
    const sameFramework = await copyWith(
      continuesOf(peelPvp, [{ theme: 'peel-effectiveness', basis }]),
      'themes.json',
    );
    await assert.rejects(
      loadVocabulary(sameFramework),
      /continues\/0\/theme: 'peel-effectiveness' is of the same framework, PEEL_EFFECTIVENESS/,
    );
    const loop = await copyWith(
      continuesOf('protecting-vulnerable-people', [{ theme: peelPvp, basis }]),
      'themes.json',
    );
    await assert.rejects(
      loadVocabulary(loop),
      /continues\/0\/theme: 'protecting-vulnerable-people' continues '[^']+' in turn \(a loop\)/,
    );
  });

  it('reads each theme continuation with its basis, and none where a theme lists none', async () => {
    const vocabulary = await loadVocabulary();
    const pvp = vocabulary.themes.find(
      (t) => t.id === 'peel-effectiveness/protecting-vulnerable-people-and-supporting-victims',
    );
    assert.deepEqual(
      pvp?.continues.map((c) => c.theme),
      ['protecting-vulnerable-people'],
    );
    assert.deepEqual(vocabulary.themes.find((t) => t.id === 'major-crime')?.continues, []);
  });

  it('rejects an id that does not follow its naming rule', async () => {
    const target = await copyWith((f) => (f.forces[1]!.id = 'beds'));
    await assert.rejects(
      loadVocabulary(target),
      /\/forces\/1\/id: 'beds' should be 'bedfordshire-police'/,
    );
  });
});
