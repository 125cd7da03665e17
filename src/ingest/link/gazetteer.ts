import type { EntityRecord, EntityVocabulary, NamedEntry } from './link.types.js';
import type { AcronymDefinition } from './acronyms.js';
import { discoverNames, findHead, type DiscoveredName } from './discovery.js';
import {
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

const emptyVocabulary: EntityVocabulary = { partners: [], units: [], initiatives: [], ignore: [] };

/** Builds the gazetteer of one report. Pure: the same input gives the same gazetteer. */
export function buildGazetteer(input: GazetteerInput): Gazetteer {
  const { vocabulary, forceId } = input;
  const force = vocabulary.forces.find((f) => f.id === forceId);
  const curated = listCuratedEntities(vocabulary, force);
  const base: Phrase[] = [
    ...(vocabulary.entities ?? emptyVocabulary).ignore.map((source) => ({
      source,
      value: { entity: null, weak: false, priority: priorities.ignore },
    })),
    ...curated.flatMap(({ entity, entry }) => listPhrases(entity, entry, priorities.curated)),
  ];
  const baseIndex = createPhraseIndex(base);
  const { added, suppressed, discoveredByAcronym } = resolveAcronyms(
    [...input.glossary, ...input.definitions],
    baseIndex,
    forceId,
  );
  const discovered = new Map<string, EntityRecord>(discoveredByAcronym.map((e) => [e.id, e]));
  const knownKeys = new Set(base.map((p) => toPhraseKey(p.source)));
  const phrases = [
    ...base.filter((p) => !(p.value.entity && suppressed.has(`${p.source} ${p.value.entity.id}`))),
    ...added,
  ];
  for (const found of input.texts.flatMap((text) => discoverUnknownNames(text, baseIndex))) {
    const key = toPhraseKey(found.name);
    if (knownKeys.has(key)) continue;
    knownKeys.add(key);
    const entity = toDiscoveredEntity(found, forceId, null);
    if (!discovered.has(entity.id)) discovered.set(entity.id, entity);
    phrases.push({
      source: found.name,
      value: { entity: discovered.get(entity.id)!, weak: false, priority: priorities.discovered },
    });
  }
  return { forceId, index: createPhraseIndex(phrases), discovered };
}

/** Names discovered in a text that no curated or ignore phrase already covers in part. */
function discoverUnknownNames(text: string, index: PhraseIndex<GazetteerValue>): DiscoveredName[] {
  const candidates = discoverNames(text);
  if (candidates.length === 0) return [];
  const known = findPhraseMatches(text, index);
  return candidates.filter((found) =>
    known.every((m) => m.end <= found.start || m.start >= found.end),
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
  const { partners, units, initiatives } = vocabulary.entities ?? emptyVocabulary;
  const forceId = force?.id ?? '';
  const out: CuratedEntity[] = [];
  const partnerNames = new Set(partners.filter((p) => !p.perForce).map((p) => toPhraseKey(p.name)));
  for (const partner of partners) {
    const entry = partner.perForce ? instantiateForForce(partner, force) : partner;
    if (!entry || (partner.perForce && partnerNames.has(toPhraseKey(entry.name)))) continue;
    out.push({
      entry,
      entity: record('PartnerAgency', `partner/${slugify(entry.name)}`, entry, partner.sector),
    });
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
      target = toDiscoveredEntity({ label: found.label, kind: found.kind, name }, forceId, acronym);
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

/** The record of a discovered name: units belong to the report's force. */
export function toDiscoveredEntity(
  found: Pick<DiscoveredName, 'label' | 'kind' | 'name'>,
  forceId: string,
  acronym: string | null,
): EntityRecord {
  const slug = slugify(found.name);
  const id =
    found.label === 'Unit'
      ? `unit/${forceId}/${slug}`
      : found.label === 'Initiative'
        ? `initiative/${slug}`
        : `partner/${slug}`;
  return {
    label: found.label,
    id,
    name: found.name,
    acronym,
    aliases: acronym ? [acronym] : [],
    curated: false,
    kind: found.kind,
    forceId: found.label === 'Unit' ? forceId : null,
    description: null,
  };
}
