import { join } from 'node:path';
import type {
  EntityVocabulary,
  InitiativeEntry,
  InitiativeKind,
  NamedEntry,
  OrganisationEntry,
  OrganisationRole,
  PartnerSector,
  TopicEntry,
  UnitEntry,
  UnitKind,
} from '../link/link.types.js';
import {
  listLocalAuthorityOrganisations,
  listUnknownSuccessors,
  type LocalAuthorityEntry,
} from './local-authorities.js';
import { compilePhrase, toPhraseKey } from '../text/phrases.js';
import { VocabularyError } from '../errors.js';
import { slugify } from '../text/text.js';
import type { ForceEntry } from './vocabulary.types.js';

/**
 * The entity and topic vocabulary files: `organisations.json` (curated organisations with their
 * roles), the gazetteer of UK public bodies (`public-bodies.json`) and of local authorities
 * (`local-authorities.json`), `units.json`, `initiatives.json` and `topics.json`, each checked
 * against its JSON Schema by the caller's reader, then against the rules a schema cannot state
 * (ids follow names, unit forces exist, successors exist, no name names two entries, every cue
 * has words). Optional fields get their defaults here, so the linkers see full entries.
 */

/** Reads `<name>.json` and validates it against `<name>.schema.json` (see `loadVocabulary`). */
export type ReadValidatedFile = <T>(name: string) => Promise<T>;

type Raw<T extends NamedEntry> = Omit<T, 'acronym' | 'aliases' | 'weakAliases'> &
  Partial<Pick<NamedEntry, 'acronym' | 'aliases' | 'weakAliases'>>;

type RawOrganisation = Omit<
  Raw<OrganisationEntry>,
  'perForce' | 'role' | 'kind' | 'successorOf' | 'includes'
> &
  Partial<Pick<OrganisationEntry, 'perForce' | 'role' | 'kind' | 'successorOf' | 'includes'>>;

interface OrganisationsFile {
  organisations: RawOrganisation[];
  ignore?: string[];
}
interface PublicBodiesFile {
  publicBodies: Omit<RawOrganisation, 'id'>[];
}
interface LocalAuthoritiesFile {
  localAuthorities: LocalAuthorityEntry[];
}
interface UnitsFile {
  units: (Omit<Raw<UnitEntry>, 'force'> & { force?: string | null })[];
  ignore?: string[];
}
interface InitiativesFile {
  initiatives: (Omit<Raw<InitiativeEntry>, 'description'> & { description?: string })[];
  ignore?: string[];
}
interface TopicsFile {
  topics: (Omit<TopicEntry, 'excludes'> & { excludes?: string[] })[];
}

/** Reads, completes and checks the four files; throws `VocabularyError` naming file and entry. */
export async function readEntityVocabulary(
  read: ReadValidatedFile,
  dir: string,
  forces: readonly ForceEntry[],
): Promise<{ entities: EntityVocabulary; topics: TopicEntry[] }> {
  const organisations = await read<OrganisationsFile>('organisations');
  const publicBodies = await read<PublicBodiesFile>('public-bodies');
  const localAuthorities = await read<LocalAuthoritiesFile>('local-authorities');
  const units = await read<UnitsFile>('units');
  const initiatives = await read<InitiativesFile>('initiatives');
  const topicsFile = await read<TopicsFile>('topics');
  const successorProblems = listUnknownSuccessors(localAuthorities.localAuthorities);
  if (successorProblems.length > 0)
    throw new VocabularyError(join(dir, 'local-authorities.json'), successorProblems);
  const entities: EntityVocabulary = {
    organisations: [
      ...organisations.organisations.map(completeOrganisation),
      ...publicBodies.publicBodies.map((b) => completeOrganisation({ ...b, id: slugify(b.name) })),
      ...listLocalAuthorityOrganisations(localAuthorities.localAuthorities),
    ],
    units: units.units.map((u) => ({
      ...completeNames(u),
      kind: u.kind as UnitKind,
      force: u.force ?? null,
    })),
    initiatives: initiatives.initiatives.map((i) => ({
      ...completeNames(i),
      kind: i.kind as InitiativeKind,
      description: i.description ?? '',
    })),
    ignore: [
      ...(organisations.ignore ?? []),
      ...(units.ignore ?? []),
      ...(initiatives.ignore ?? []),
    ],
    places: localAuthorities.localAuthorities.map((a) => a.place),
  };
  const topics = topicsFile.topics.map((t) => ({ ...t, excludes: t.excludes ?? [] }));
  for (const [file, problems] of checkEntityVocabulary(entities, forces))
    if (problems.length > 0) throw new VocabularyError(join(dir, file), problems);
  const topicProblems = checkTopics(topics);
  if (topicProblems.length > 0) throw new VocabularyError(join(dir, 'topics.json'), topicProblems);
  return { entities, topics };
}

function completeOrganisation(raw: RawOrganisation): OrganisationEntry {
  return {
    ...completeNames(raw),
    sector: raw.sector as PartnerSector,
    role: (raw.role ?? 'PARTNER_AGENCY') as OrganisationRole,
    kind: raw.kind ?? null,
    perForce: raw.perForce ?? false,
    successorOf: raw.successorOf ?? [],
    includes: raw.includes ?? [],
  };
}

function completeNames<T extends { id: string; name: string }>(
  raw: T & Partial<Pick<NamedEntry, 'acronym' | 'aliases' | 'weakAliases'>>,
): T & Pick<NamedEntry, 'acronym' | 'aliases' | 'weakAliases'> {
  return {
    ...raw,
    acronym: raw.acronym ?? null,
    aliases: raw.aliases ?? [],
    weakAliases: raw.weakAliases ?? [],
  };
}

/** Every name an entry answers to: canonical name, acronym, aliases and weak aliases. */
export function listEntryNames(entry: NamedEntry): string[] {
  return [
    entry.name,
    ...(entry.acronym ? [entry.acronym] : []),
    ...entry.aliases,
    ...entry.weakAliases,
  ];
}

/**
 * Problems per file, each starting with a JSON pointer: an id that is not the slug of its
 * name or is repeated, a unit of an unknown force, a name that also names another entry a
 * report of the same force could mention.
 */
export function checkEntityVocabulary(
  entities: EntityVocabulary,
  forces: readonly ForceEntry[],
): [string, string[]][] {
  const families = [
    { file: 'organisations.json', key: 'organisations', entries: entities.organisations },
    { file: 'units.json', key: 'units', entries: entities.units },
    { file: 'initiatives.json', key: 'initiatives', entries: entities.initiatives },
  ] as const;
  const problems = new Map<string, string[]>(families.map((f) => [f.file, []]));
  const forceIds = new Set(forces.map((f) => f.id));
  // Who claims each name key, and for which reports: '' is every report, a force id only that force's.
  const claims = new Map<string, { scope: string; owner: string }[]>();
  const claim = (scope: string, key: string, owner: string): string | undefined => {
    const list = claims.get(key) ?? [];
    const clash = list.find(
      (c) => c.owner !== owner && (c.scope === scope || c.scope === '' || scope === ''),
    );
    list.push({ scope, owner });
    claims.set(key, list);
    return clash?.owner;
  };
  for (const { file, key, entries } of families) {
    const out = problems.get(file)!;
    const ids = new Set<string>();
    const list = entries as readonly (NamedEntry & { force?: string | null })[];
    for (const [i, entry] of list.entries()) {
      const at = `/${key}/${i}`;
      const scope = entry.force ?? '';
      if (ids.has(`${scope} ${entry.id}`)) out.push(`${at}/id: duplicate id '${entry.id}'`);
      ids.add(`${scope} ${entry.id}`);
      const expected = slugify(entry.name);
      if (entry.id !== expected) out.push(`${at}/id: '${entry.id}' should be '${expected}'`);
      if (scope !== '' && !forceIds.has(scope)) out.push(`${at}/force: unknown force '${scope}'`);
      const owner = `${key}/${entry.id}`;
      for (const name of new Set(listEntryNames(entry).map(toPhraseKey))) {
        const other = claim(scope, name, owner);
        if (other !== undefined)
          out.push(`${at}/aliases: '${name}' (${entry.name}) also names '${other}'`);
      }
    }
  }
  const organisationIds = new Set(entities.organisations.map((o) => o.id));
  entities.organisations.forEach((o, i) => {
    for (const id of [...o.successorOf, ...o.includes])
      if (!organisationIds.has(id))
        problems
          .get('organisations.json')!
          .push(`/organisations/${i}: unknown organisation '${id}' (${o.name})`);
  });
  return [...problems];
}

/** Problems in the topic taxonomy: ids that are not slugs of names, repeats, cues without words. */
export function checkTopics(topics: readonly TopicEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  topics.forEach((topic, i) => {
    const at = `/topics/${i}`;
    if (ids.has(topic.id)) problems.push(`${at}/id: duplicate id '${topic.id}'`);
    ids.add(topic.id);
    const expected = slugify(topic.name);
    if (topic.id !== expected) problems.push(`${at}/id: '${topic.id}' should be '${expected}'`);
    for (const cue of [...topic.cues, ...topic.excludes])
      if (!compilePhrase(cue)) problems.push(`${at}/cues: '${cue}' has no words`);
  });
  return problems;
}
