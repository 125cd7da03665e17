import type {
  EntityRecord,
  EntityVocabulary,
  NamedEntry,
  OrganisationEntry,
} from './link.types.js';
import type { AcronymDefinition } from './acronyms.js';
import { discoverNames, findHead, type DiscoveredName } from './discovery.js';
import {
  combinePhraseIndexes,
  createPhraseIndex,
  findPhraseMatches,
  toPhraseKey,
  type PhraseIndex,
} from '../text/phrases.js';
import { slugify } from '../text/text.js';
import type { ForceEntry, Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * The names one report's text is matched against: the curated vocabulary seen from the
 * report's force (its own units, kinds of unit any force has, its police authority), every
 * force, acronyms the report defines (glossary or prose), and names discovered in the report
 * itself. A report may redefine an acronym: its own definition wins over the vocabulary's.
 */

/** How much a match is trusted: ignore phrases > curated > report acronym > discovered. */
export const priorities = { ignore: 4, curated: 3, acronym: 2, discovered: 1 } as const;

export interface GazetteerValue {
  /** Null for an ignore phrase: it only blocks the matches inside it. */
  readonly entity: EntityRecord | null;
  readonly weak: boolean;
  readonly priority: number;
}

export interface Gazetteer {
  readonly forceId: string;
  readonly index: PhraseIndex<GazetteerValue>;
  /** Entities discovered in the report (curated = false), by id. */
  readonly discovered: ReadonlyMap<string, EntityRecord>;
  /** The gazetteer of places (see `DiscoveryOptions`). */
  readonly places: readonly string[];
  /**
   * Forces by short name (`Devon and Cornwall`, `Essex`): a place names a force only in a list
   * ending in `forces` (`Derbyshire, Durham and Gloucestershire forces`).
   */
  readonly forceShortNames: PhraseIndex<EntityRecord>;
}

export interface GazetteerInput {
  readonly vocabulary: Vocabulary;
  readonly forceId: string;
  /** The report's glossary: acronym and expansion as printed. */
  readonly glossary: readonly AcronymDefinition[];
  /** Acronyms the report defines in its prose (see `findAcronymDefinitions`). */
  readonly definitions: readonly AcronymDefinition[];
  /** The report's body text, paragraph by paragraph, to discover names in. */
  readonly texts: readonly string[];
}

interface Phrase {
  readonly source: string;
  readonly value: GazetteerValue;
}

const emptyVocabulary: EntityVocabulary = {
  organisations: [],
  units: [],
  initiatives: [],
  ignore: [],
  places: [],
};

/** Builds the gazetteer of one report. Pure: the same input gives the same gazetteer. */
export function buildGazetteer(input: GazetteerInput): Gazetteer {
  const { vocabulary, forceId } = input;
  const places = (vocabulary.entities ?? emptyVocabulary).places;
  const { curated, base, baseIndex } = getCuratedPhrases(vocabulary, forceId);
  const { added, suppressed, discoveredByAcronym } = resolveAcronyms(
    [...input.glossary, ...input.definitions],
    baseIndex,
    forceId,
  );
  const discovered = new Map<string, EntityRecord>(discoveredByAcronym.map((e) => [e.id, e]));
  const knownKeys = new Set(getKnownKeys(base));
  const phrases = [...added];
  // Initiatives by the words that name them, so variants are one entity (`Operation Delphinus`,
  // `the Delphinus programme`).
  const byCore = new Map<string, EntityRecord>();
  for (const { entity, entry } of curated) {
    const names = [entry.name, ...entry.aliases];
    if (entity.label === 'Initiative')
      for (const name of names) byCore.set(toInitiativeCore(name), entity);
    if (entity.label === 'Unit')
      for (const name of names) byCore.set(`unit ${toUnitCore(name)}`, entity);
  }
  for (const found of input.texts.flatMap((text) =>
    discoverUnknownNames(text, baseIndex, places),
  )) {
    const key = toPhraseKey(found.name);
    if (knownKeys.has(key)) continue;
    knownKeys.add(key);
    const core =
      found.label === 'Initiative'
        ? toInitiativeCore(found.name)
        : found.label === 'Unit'
          ? `unit ${toUnitCore(found.name)}`
          : '';
    let entity = (core !== '' && byCore.get(core)) || toDiscoveredEntity(found, forceId, null);
    if (!entity.curated) {
      entity = discovered.get(entity.id) ?? entity;
      discovered.set(entity.id, entity);
    }
    if (core !== '' && !byCore.has(core)) byCore.set(core, entity);
    phrases.push({
      source: found.name,
      value: { entity, weak: false, priority: priorities.discovered },
    });
  }
  const forceShortNames = createPhraseIndex(
    curated
      .filter(({ entity }) => entity.label === 'Force')
      .flatMap(({ entity }) => {
        const force = vocabulary.forces.find((f) => f.id === entity.id)!;
        return [{ source: force.shortName, value: entity }];
      }),
  );
  const index = combinePhraseIndexes(
    baseIndex,
    createPhraseIndex(phrases),
    ({ phrase, value }) => !(value.entity && suppressed.has(`${phrase.source} ${value.entity.id}`)),
  );
  return { forceId, index, discovered, places, forceShortNames };
}

/** Words that dress an initiative's name without telling it apart from its variants. */
const initiativeDressing = new Set(
  'operation project programme scheme initiative the mps monthly quarterly weekly corporate'.split(
    ' ',
  ),
);

/** The words that tell an initiative apart: `Delphinus` for `Operation Delphinus`, `the Delphinus programme`. */
function toInitiativeCore(name: string): string {
  return toPhraseKey(name)
    .split(' ')
    .filter((w) => !initiativeDressing.has(w))
    .join(' ');
}

/** Words that say where a unit sits, not which it is: `MPS strategy unit` = `strategy unit`. */
const unitDressing = new Set(
  'the mps force borough bocu based specialist dedicated centralised centralized'.split(' '),
);

function toUnitCore(name: string): string {
  return toPhraseKey(name)
    .split(' ')
    .filter((w) => !unitDressing.has(w))
    .join(' ')
    .replace(/(?<=\w)s$/, '');
}

interface CuratedPhrases {
  readonly curated: readonly CuratedEntity[];
  readonly base: readonly Phrase[];
  readonly baseIndex: PhraseIndex<GazetteerValue>;
}

const curatedPhrases = new WeakMap<Vocabulary, Map<string, CuratedPhrases>>();
const knownKeySets = new WeakMap<readonly Phrase[], ReadonlySet<string>>();

/** The phrase keys of the curated phrases, computed once per list. */
function getKnownKeys(base: readonly Phrase[]): ReadonlySet<string> {
  let keys = knownKeySets.get(base);
  if (!keys) {
    keys = new Set(base.map((p) => toPhraseKey(p.source)));
    knownKeySets.set(base, keys);
  }
  return keys;
}

/**
 * The curated entities and ignore phrases a report of the force sees, indexed: the same for
 * every report of the force, so built once per vocabulary and force.
 */
function getCuratedPhrases(vocabulary: Vocabulary, forceId: string): CuratedPhrases {
  let byForce = curatedPhrases.get(vocabulary);
  if (!byForce) {
    byForce = new Map();
    curatedPhrases.set(vocabulary, byForce);
  }
  let found = byForce.get(forceId);
  if (!found) {
    const force = vocabulary.forces.find((f) => f.id === forceId);
    const curated = listCuratedEntities(vocabulary, force);
    const base: Phrase[] = [
      ...(vocabulary.entities ?? emptyVocabulary).ignore.map((source) => ({
        source,
        value: { entity: null, weak: false, priority: priorities.ignore },
      })),
      ...curated.flatMap(({ entity, entry }) => listPhrases(entity, entry, priorities.curated)),
    ];
    found = { curated, base, baseIndex: createPhraseIndex(base) };
    byForce.set(forceId, found);
  }
  return found;
}

/** Names discovered in a text that no curated or ignore phrase already covers. */
function discoverUnknownNames(
  text: string,
  index: PhraseIndex<GazetteerValue>,
  places: readonly string[],
): DiscoveredName[] {
  const candidates = discoverNames(text, { places });
  if (candidates.length === 0) return [];
  const known = findPhraseMatches(text, index);
  // A known name inside a longer one (`the IOM teams`, `MPS DV board`) leaves it a name; one
  // that overlaps it partly, covers it, or is an ignore phrase does not, nor one that only
  // adds a head of its own kind to it (`CO department`), nor a list (`FALCON and Flying Squad`).
  return candidates.filter((found) =>
    known.every((m) => {
      if (m.end <= found.start || m.start >= found.end) return true;
      if (m.value.entity === null || m.start < found.start || m.end > found.end) return false;
      if (m.end - m.start >= found.end - found.start) return false;
      if (/^\s*(,|and\b)/.test(text.slice(m.end, found.end))) return false;
      const rest = text.slice(m.end, found.end).trim().split(/\s+/);
      if (m.start === found.start && rest.length === 1 && m.value.entity.label === found.label)
        return false;
      // `SCD5 child abuse investigation command`: two names of one unit.
      return !(
        m.start === found.start &&
        m.value.entity.label === found.label &&
        known.some(
          (n) => n.value.entity?.label === found.label && n.end === found.end && n.start >= m.end,
        )
      );
    }),
  );
}

interface CuratedEntity {
  readonly entity: EntityRecord;
  readonly entry: NamedEntry;
}

/** Curated entities a report of this force can mention, and every force. */
function listCuratedEntities(
  vocabulary: Vocabulary,
  force: ForceEntry | undefined,
): CuratedEntity[] {
  const { organisations, units, initiatives } = vocabulary.entities ?? emptyVocabulary;
  const forceId = force?.id ?? '';
  const out: CuratedEntity[] = [];
  const fixedNames = new Set(
    organisations.filter((o) => !o.perForce).map((o) => toPhraseKey(o.name)),
  );
  for (const organisation of organisations) {
    const entry = organisation.perForce ? instantiateForForce(organisation, force) : organisation;
    if (!entry || (organisation.perForce && fixedNames.has(toPhraseKey(entry.name)))) continue;
    out.push({ entry, entity: toOrganisationRecord(entry, organisation) });
  }
  for (const unit of units) {
    if (forceId === '' || (unit.force !== null && unit.force !== forceId)) continue;
    out.push({
      entry: unit,
      entity: { ...record('Unit', `unit/${forceId}/${unit.id}`, unit, unit.kind), forceId },
    });
  }
  for (const initiative of initiatives)
    out.push({
      entry: initiative,
      entity: {
        ...record('Initiative', `initiative/${initiative.id}`, initiative, initiative.kind),
        description: initiative.description || null,
      },
    });
  for (const other of vocabulary.forces) {
    const entry: NamedEntry = {
      id: other.id,
      name: other.name,
      acronym: null,
      aliases: other.aliases.filter((a) => a !== other.name),
      weakAliases: [],
    };
    out.push({ entry, entity: record('Force', other.id, entry, null) });
  }
  return out;
}

/** `{force} Police Authority` → `Thames Valley Police Authority`. */
function instantiateForForce<T extends NamedEntry>(
  entry: T,
  force: ForceEntry | undefined,
): T | undefined {
  if (!force) return undefined;
  const place = force.shortName.replace(/\s+Police$/i, '');
  const fill = (s: string): string => s.replace(/\{force\}/g, place);
  return { ...entry, name: fill(entry.name), aliases: entry.aliases.map(fill) };
}

/** A partner agency is a PartnerAgency node (`partner/<slug>`); any other role a Body (`body/<slug>`). */
export function toOrganisationRecord(
  entry: NamedEntry,
  organisation: Pick<OrganisationEntry, 'role' | 'sector' | 'kind'>,
): EntityRecord {
  const partner = organisation.role === 'PARTNER_AGENCY';
  const id = `${partner ? 'partner' : 'body'}/${slugify(entry.name)}`;
  return {
    ...record(partner ? 'PartnerAgency' : 'Body', id, entry, organisation.sector),
    role: organisation.role,
    category: organisation.kind,
  };
}

function record(
  label: EntityRecord['label'],
  id: string,
  entry: NamedEntry,
  kind: string | null,
): EntityRecord {
  return {
    label,
    id,
    name: entry.name,
    acronym: entry.acronym,
    aliases: [...entry.aliases],
    curated: true,
    kind,
    role: null,
    category: null,
    forceId: null,
    description: null,
  };
}

/** The strong and weak phrases of an entity; a name listed as weak is weak even as its name. */
function listPhrases(entity: EntityRecord, entry: NamedEntry, priority: number): Phrase[] {
  const weakKeys = new Set(entry.weakAliases.map(toPhraseKey));
  const strong = [entry.name, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases].filter(
    (s) => !weakKeys.has(toPhraseKey(s)),
  );
  return [
    ...strong.map((source) => ({ source, value: { entity, weak: false, priority } })),
    ...entry.weakAliases.map((source) => ({ source, value: { entity, weak: true, priority } })),
  ];
}

/** The entity an expansion names in full, if any (`Crown Prosecution Service` → CPS). */
function findNamedEntity(
  expansion: string,
  index: PhraseIndex<GazetteerValue>,
): EntityRecord | undefined {
  const matches = findPhraseMatches(expansion, index).filter(
    (m) => m.start === 0 && m.end === expansion.trimEnd().length && m.value.entity && !m.value.weak,
  );
  return matches.sort((a, b) => b.value.priority - a.value.priority)[0]?.value.entity ?? undefined;
}

/**
 * Turns the report's acronym definitions into phrases. An acronym whose expansion names an
 * entity becomes its alias; one whose expansion ends in a head word (`community safety unit`)
 * names a discovered entity. A vocabulary acronym the report spells out differently is
 * suppressed for this report (TVP's `PPO` is a public protection officer, not a prolific
 * offender), unless the two expansions mostly share their words (a misprint).
 */
function resolveAcronyms(
  definitions: readonly AcronymDefinition[],
  index: PhraseIndex<GazetteerValue>,
  forceId: string,
): { added: Phrase[]; suppressed: Set<string>; discoveredByAcronym: EntityRecord[] } {
  const added: Phrase[] = [];
  const suppressed = new Set<string>();
  const discoveredByAcronym: EntityRecord[] = [];
  const seen = new Set<string>();
  for (const { acronym, expansion } of definitions) {
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    if (isIgnored(expansion, index)) continue;
    const named = findNamedEntity(expansion, index);
    const holders = findPhraseMatches(acronym, index).filter(
      (m) => m.start === 0 && m.end === acronym.length && m.value.entity,
    );
    for (const holder of holders) {
      const entity = holder.value.entity!;
      if (entity.id === named?.id || sharesMostWords(expansion, entity.name)) continue;
      suppressed.add(`${holder.phrase.source} ${entity.id}`);
    }
    let target = named;
    if (!target) {
      const found = findHead(expansion);
      if (!found) continue;
      const name = expansion.charAt(0).toUpperCase() + expansion.slice(1);
      target = toDiscoveredEntity({ ...found, name }, forceId, acronym);
      discoveredByAcronym.push(target);
      added.push({
        source: expansion,
        value: { entity: target, weak: false, priority: priorities.acronym },
      });
    }
    if (!holders.some((h) => h.value.entity!.id === target!.id))
      added.push({
        source: acronym,
        value: { entity: target, weak: false, priority: priorities.acronym },
      });
  }
  return { added, suppressed, discoveredByAcronym };
}

/** Whether the whole expansion is an ignore phrase (`basic command unit`). */
function isIgnored(expansion: string, index: PhraseIndex<GazetteerValue>): boolean {
  return findPhraseMatches(expansion, index).some(
    (m) => m.value.entity === null && m.start === 0 && m.end === expansion.trimEnd().length,
  );
}

/** Whether at least half the content words of the expansion appear in the name. */
function sharesMostWords(expansion: string, name: string): boolean {
  const content = (s: string): string[] =>
    toPhraseKey(s)
      .split(' ')
      .filter((w) => w.length > 3);
  const words = content(expansion);
  const nameWords = new Set(content(name));
  return words.length > 0 && words.filter((w) => nameWords.has(w)).length * 2 >= words.length;
}

/** The record of a discovered name: units belong to the report's force; organisations have a role. */
export function toDiscoveredEntity(
  found: Pick<DiscoveredName, 'label' | 'kind' | 'name' | 'role'>,
  forceId: string,
  acronym: string | null,
): EntityRecord {
  const slug = slugify(found.name);
  const base = {
    name: found.name,
    acronym,
    aliases: acronym ? [acronym] : [],
    curated: false,
    kind: found.kind,
    role: null,
    category: null,
    forceId: null,
    description: null,
  };
  if (found.label === 'Unit')
    return { ...base, label: 'Unit', id: `unit/${forceId}/${slug}`, forceId };
  if (found.label === 'Initiative')
    return { ...base, label: 'Initiative', id: `initiative/${slug}` };
  const role = found.role ?? 'PARTNER_AGENCY';
  const partner = role === 'PARTNER_AGENCY';
  return {
    ...base,
    label: partner ? 'PartnerAgency' : 'Body',
    id: `${partner ? 'partner' : 'body'}/${slug}`,
    role,
  };
}
