import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { publicBodyKinds } from '../../src/domain/entity-kinds.js';
import { VocabularyError } from '../../src/ingest/errors.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { vocabularyDir } from '../../src/paths.js';
import { getVocabulary } from './harness.js';

interface PublicBodiesSchema {
  properties: { publicBodies: { items: { properties: { kind: { enum: string[] } } } } };
}

describe('entity and topic vocabulary', () => {
  it('loads organisations, units, initiatives and topics with their defaults filled in', async () => {
    const { entities, topics } = await getVocabulary();
    assert.ok(entities && topics);
    const cps = entities.organisations.find((p) => p.id === 'crown-prosecution-service')!;
    assert.deepEqual(
      { acronym: cps.acronym, sector: cps.sector, perForce: cps.perForce, weak: cps.weakAliases },
      { acronym: 'CPS', sector: 'CRIMINAL_JUSTICE', perForce: false, weak: [] },
    );
    const mash = entities.initiatives.find((i) => i.acronym === 'MASH')!;
    assert.equal(mash.kind, 'MULTI_AGENCY_ARRANGEMENT');
    assert.equal(entities.units.find((u) => u.id === 'community-safety-unit')!.force, null);
    assert.equal(entities.units.find((u) => u.id === 'jigsaw')!.force, 'metropolitan-police');
    const training = topics.find((t) => t.id === 'training')!;
    assert.ok(training.cues.includes('train*') && training.excludes.includes('of course'));
  });

  it('gives every organisation from a gazetteer a kind that PublicBodyKind declares, and the public bodies schema lists no other', async () => {
    const { entities } = await getVocabulary();
    const declared = new Set<string>(publicBodyKinds);
    const kinds = new Set(entities!.organisations.map((o) => o.kind).filter((k) => k !== null));
    assert.ok(kinds.has('LOCAL_AUTHORITY') && kinds.has('INSPECTORATE') && kinds.has('UNIVERSITY'));
    for (const kind of kinds) assert.ok(declared.has(kind), kind);
    const schema = JSON.parse(
      await readFile(join(vocabularyDir, 'public-bodies.schema.json'), 'utf8'),
    ) as PublicBodiesSchema;
    const schemaKinds = schema.properties.publicBodies.items.properties.kind.enum;
    assert.ok(schemaKinds.length > 0, 'the schema lists the kinds');
    for (const kind of schemaKinds) assert.ok(declared.has(kind), kind);
  });
});

describe('entity vocabulary validation', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'entity-vocabulary-test-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A copy of the seed vocabulary with one file edited. */
  async function copyWith(
    file: string,
    edit: (data: Record<string, Record<string, unknown>[]>) => void,
  ): Promise<string> {
    const target = join(dir, String(Math.random()).slice(2));
    await cp(vocabularyDir, target, { recursive: true });
    const path = join(target, file);
    const data = JSON.parse(await readFile(path, 'utf8')) as Record<
      string,
      Record<string, unknown>[]
    >;
    edit(data);
    await writeFile(path, JSON.stringify(data));
    return target;
  }

  it('rejects a partner without a sector, naming the file and the entry', async () => {
    const target = await copyWith('organisations.json', (d) => delete d.organisations![2]!.sector);
    await assert.rejects(loadVocabulary(target), (error: unknown) => {
      assert.ok(error instanceof VocabularyError);
      assert.match(
        error.message,
        /organisations\.json: \/organisations\/2: must have required property 'sector'/,
      );
      return true;
    });
  });

  it('rejects a unit of an unknown force', async () => {
    const target = await copyWith('units.json', (d) => (d.units![0]!.force = 'atlantis-police'));
    await assert.rejects(
      loadVocabulary(target),
      /units\.json: \/units\/0\/force: unknown force 'atlantis-police'/,
    );
  });

  it('rejects an alias that names two entries', async () => {
    const target = await copyWith('initiatives.json', (d) =>
      (d.initiatives![0]!.aliases as string[]).push('CPS'),
    );
    await assert.rejects(
      loadVocabulary(target),
      /initiatives\.json: \/initiatives\/0\/aliases: 'cps' \(Multi-agency safeguarding hub\) also names 'organisations\/crown-prosecution-service'/,
    );
  });

  it('rejects an id that is not the slug of the name', async () => {
    const target = await copyWith('units.json', (d) => (d.units![1]!.id = 'ppu'));
    await assert.rejects(
      loadVocabulary(target),
      /\/units\/1\/id: 'ppu' should be 'public-protection-unit'/,
    );
  });

  it('rejects a topic cue without words', async () => {
    const target = await copyWith('topics.json', (d) =>
      (d.topics![0]!.cues as string[]).push('**'),
    );
    await assert.rejects(
      loadVocabulary(target),
      /topics\.json: \/topics\/0\/cues: '\*\*' has no words/,
    );
  });
});
