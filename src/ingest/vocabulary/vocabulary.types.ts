import type { EntityVocabulary, TopicEntry } from '../link/link.types.js';

/**
 * The curated vocabulary (`seed/vocabulary/`) as the pure parser receives it: plain, already
 * validated data. Reading and validating the files is `vocabulary.ts`'s job.
 */

/** One territorial police force. */
export interface ForceEntry {
  /** Slug of the canonical name without a trailing "Service" (`metropolitan-police`). */
  readonly id: string;
  /** Canonical name (`Metropolitan Police Service`). */
  readonly name: string;
  /** Short form used in tables and prose (`Thames Valley`). */
  readonly shortName: string;
  /** Every name reports use for the force, the canonical name first (`MPS`, `the Met`). */
  readonly aliases: readonly string[];
}

/** One canonical inspection theme. */
export interface ThemeEntry {
  /** Parent id + `/` + slug of the name (`protecting-vulnerable-people/domestic-violence`). */
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  /** Framework family: a framework id without its year (`HMIC_INSPECTION`, `PEEL_EFFECTIVENESS`). */
  readonly framework: string;
  /** Whether the framework grades this theme on its own. */
  readonly graded: boolean;
  /** The inspection question as worded by HMIC (PEEL core questions), else null. */
  readonly question: string | null;
  /** Heading and table-label variants that name this theme. */
  readonly aliases: readonly string[];
  /** Themes of earlier frameworks whose assessment this one carries on (none by default). */
  readonly continues: readonly ThemeContinuation[];
}

/**
 * A theme of an earlier framework that a later framework's theme carries on, so that a grade
 * can be compared across frameworks (PEEL's "protecting vulnerable people and supporting
 * victims" after the 2007 inspections' "protecting vulnerable people").
 */
export interface ThemeContinuation {
  /** The earlier theme's id. */
  readonly theme: string;
  /** Why the two are taken as one line of assessment: what both frameworks say they assess. */
  readonly basis: string;
}

export interface Vocabulary {
  readonly forces: readonly ForceEntry[];
  /** In file order; a theme's ordinal is its position among its siblings. */
  readonly themes: readonly ThemeEntry[];
  /** Partner agencies, force units and initiatives for entity linking (`entities.types.ts`). */
  readonly entities?: EntityVocabulary;
  /** The topic taxonomy findings and recommendations are tagged with. */
  readonly topics?: readonly TopicEntry[];
}
