import type {
  NamedInitiativeKind,
  PartnerSector,
  PublicBodyKind,
  UnitKind,
} from '../../domain/entity-kinds.js';
import type {
  OrganisationRole,
  ParticipationRole,
  ParticipationScope,
} from '../../domain/organisation-roles.js';
import type { LineSpan } from '../text/line-span.js';

/**
 * The entity vocabulary (`organisations.json`, `public-bodies.json`, `local-authorities.json`,
 * `units.json`, `initiatives.json`, `topics.json`) and
 * the values entity linking and topic tagging produce. Plain data: the pure linkers receive it
 * already validated.
 */

/** Sectors and kinds are closed sets shared with the graph and the API (`src/domain`). */
export type { PartnerSector, UnitKind } from '../../domain/entity-kinds.js';
/** The kinds the vocabulary gives initiatives (developing practice has its own). */
export type { NamedInitiativeKind as InitiativeKind } from '../../domain/entity-kinds.js';
/** What an organisation is to a police force (`src/domain/organisation-roles.ts`). */
export type { OrganisationRole } from '../../domain/organisation-roles.js';

/** What every curated entity shares: a slug id, a canonical name and the names it answers to. */
export interface NamedEntry {
  /** Slug of the canonical name (`crown-prosecution-service`). */
  readonly id: string;
  readonly name: string;
  /** The usual acronym (`CPS`), matched case-sensitively, or null. */
  readonly acronym: string | null;
  /** Other names and acronyms; an alias with capitals after its first letter is case-sensitive. */
  readonly aliases: readonly string[];
  /**
   * Names too common to trust alone (`health`, `housing`): they count only in a sentence that
   * also speaks of partners or agencies, or names another partner.
   */
  readonly weakAliases: readonly string[];
}

/** An organisation of the vocabulary or of the gazetteer of public bodies and local authorities. */
export interface OrganisationEntry extends NamedEntry {
  readonly sector: PartnerSector;
  readonly role: OrganisationRole;
  /** The gazetteer's kind of public body (`LOCAL_AUTHORITY`, `GOVERNMENT_AGENCY`, ...), if any. */
  readonly kind: PublicBodyKind | null;
  /**
   * A body every force has its own of (the police authority): `name` is a template in which
   * `{force}` stands for the force's short name without a trailing "Police".
   */
  readonly perForce: boolean;
  /** Ids of the bodies it replaced or was renamed from. */
  readonly successorOf: readonly string[];
  /** Ids of the services it is a broader name for (social services: children's, adults'). */
  readonly includes: readonly string[];
}

export interface UnitEntry extends NamedEntry {
  readonly kind: UnitKind;
  /** The force this unit belongs to, or null for a kind of unit any force may have. */
  readonly force: string | null;
}

export interface InitiativeEntry extends NamedEntry {
  readonly kind: NamedInitiativeKind;
  readonly description: string;
}

export interface EntityVocabulary {
  readonly organisations: readonly OrganisationEntry[];
  readonly units: readonly UnitEntry[];
  readonly initiatives: readonly InitiativeEntry[];
  /**
   * Phrases that contain an entity name but do not name the entity (`Home Office Counting
   * Rules`, `basic command unit`): a match inside one of them is dropped.
   */
  readonly ignore: readonly string[];
  /**
   * Places of England and Wales that name local authorities, boroughs and BCUs (`Havering`,
   * `Hammersmith and Fulham`, `Bracknell Forest`): what splits and completes area names.
   */
  readonly places: readonly string[];
}

/** One subject of the topic taxonomy, with the cues that show a text is about it. */
export interface TopicEntry {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /**
   * Phrases (see `compilePhrase`): words in order, `*` at a word's end matches any ending, a cue
   * with a capital letter is case-sensitive (`IT`, `ViSOR`).
   */
  readonly cues: readonly string[];
  /** Phrases whose words never count as a cue (`of course` for the cue `course`). */
  readonly excludes: readonly string[];
  /**
   * Whether organisations' names are cues of the topic (`Crown Prosecution Service`, `Milton
   * Keynes Council` for partnership working); for other topics a cue inside an organisation's
   * name does not count.
   */
  readonly organisationNames?: boolean;
}

/**
 * The node labels an item can mention: a partner agency, any other organisation (a Body: national
 * policing body, staff association, oversight body, regional police unit), a unit, an
 * initiative, or a force.
 */
export type EntityLabel = 'PartnerAgency' | 'Body' | 'Unit' | 'Initiative' | 'Force';

/** An entity as linking found it: its graph id and the properties its node carries. */
export interface EntityRecord {
  readonly label: EntityLabel;
  /** `partner/<slug>`, `body/<slug>`, `unit/<force-id>/<slug>`, `initiative/<slug>`, or the force id. */
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly aliases: readonly string[];
  /** From the curated vocabulary (true) or discovered by a pattern in the report (false). */
  readonly curated: boolean;
  /** Partner sector, unit kind or initiative kind; null for a force. */
  readonly kind: string | null;
  /** Organisations: what it is to the force; null for units, initiatives and forces. */
  readonly role: OrganisationRole | null;
  /** Organisations: the gazetteer's kind of public body (`LOCAL_AUTHORITY`, ...), if known. */
  readonly category: string | null;
  /** Units only: the force the unit belongs to. */
  readonly forceId: string | null;
  readonly description: string | null;
}

/** A finding, recommendation, initiative or passage whose text is linked, with where it was printed. */
export interface LinkableItem extends LineSpan {
  readonly label: 'Finding' | 'Recommendation' | 'Initiative' | 'Passage' | 'Footnote';
  readonly id: string;
  readonly text: string;
  readonly section: string;
}

/** Where a link comes from: the report, the item's (or paragraph's) section and lines, the sentence. */
export interface LinkEvidence extends LineSpan {
  readonly reportId: string;
  readonly section: string;
  readonly quote: string;
}

/** (item)-[:MENTIONS]->(entity). */
export interface MentionLink {
  readonly itemLabel: LinkableItem['label'];
  readonly itemId: string;
  readonly entityLabel: EntityLabel;
  readonly entityId: string;
  /** The text that named the entity, as printed. */
  readonly matched: string;
  readonly evidence: LinkEvidence;
}

/** (PartnerAgency)-[:PARTICIPATES_IN {role, scope}]->(Initiative). */
export interface ParticipationLink {
  readonly role: ParticipationRole;
  readonly scope: ParticipationScope;
  readonly partnerId: string;
  readonly initiativeId: string;
  readonly evidence: LinkEvidence;
}

/** (Unit)-[:PART_OF]->(Force). */
export interface UnitOfForceLink {
  readonly unitId: string;
  readonly forceId: string;
  readonly evidence: LinkEvidence;
}

/** (item)-[:TAGGED {cue, matched}]->(Topic). */
export interface TopicTag {
  readonly itemLabel: 'Finding' | 'Recommendation' | 'Passage';
  readonly itemId: string;
  readonly topicId: string;
  /** The vocabulary cue that matched, as written in `topics.json`. */
  readonly cue: string;
  /** The words of the item's text the cue matched, as printed; they stand in `evidence.quote`. */
  readonly matched: string;
  readonly evidence: LinkEvidence;
}
