import { normaliseKey, splitDashedSegments } from '../text/text.js';
import type { ForceEntry, ThemeEntry, Vocabulary } from './vocabulary.types.js';

/**
 * Pure look-ups over a vocabulary: force names and theme headings to canonical entries. The
 * indexes are built once per vocabulary object and cached, so parsing many reports stays fast.
 */

interface VocabularyIndex {
  /** Force alias keys, longest first (for prefix matching). */
  readonly forceKeys: readonly (readonly [string, ForceEntry])[];
  readonly forceByKey: ReadonlyMap<string, ForceEntry>;
  readonly themeById: ReadonlyMap<string, ThemeEntry>;
  /** Per framework family: alias key → theme. */
  readonly themeByKey: ReadonlyMap<string, ReadonlyMap<string, ThemeEntry>>;
}

const indexes = new WeakMap<Vocabulary, VocabularyIndex>();

/** The key a force name is compared by: `the Met` and `Met` are the same name. */
export function toForceKey(name: string): string {
  return normaliseKey(name).replace(/^the /, '');
}

/** The names a theme answers to: its name, its question and its aliases. */
export function listThemeNames(theme: ThemeEntry): string[] {
  return [theme.name, ...(theme.question ? [theme.question] : []), ...theme.aliases];
}

/** The names a force answers to: canonical name, short name and aliases. */
export function listForceNames(force: ForceEntry): string[] {
  return [force.name, force.shortName, ...force.aliases];
}

function getIndex(vocabulary: Vocabulary): VocabularyIndex {
  const cached = indexes.get(vocabulary);
  if (cached) return cached;
  const forceByKey = new Map<string, ForceEntry>();
  for (const force of vocabulary.forces)
    for (const name of listForceNames(force)) forceByKey.set(toForceKey(name), force);
  const themeByKey = new Map<string, Map<string, ThemeEntry>>();
  for (const theme of vocabulary.themes) {
    const keys = themeByKey.get(theme.framework) ?? new Map<string, ThemeEntry>();
    for (const name of listThemeNames(theme)) keys.set(normaliseKey(name), theme);
    themeByKey.set(theme.framework, keys);
  }
  const index: VocabularyIndex = {
    forceKeys: [...forceByKey].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)),
    forceByKey,
    themeById: new Map(vocabulary.themes.map((t) => [t.id, t])),
    themeByKey,
  };
  indexes.set(vocabulary, index);
  return index;
}

/**
 * The force a name refers to: an exact alias, else the longest alias the name starts with
 * (`Metropolitan Police Major Crime` → Metropolitan Police Service).
 */
export function findForce(vocabulary: Vocabulary, name: string): ForceEntry | undefined {
  const index = getIndex(vocabulary);
  const key = toForceKey(name);
  if (key === '') return undefined;
  const exact = index.forceByKey.get(key);
  if (exact) return exact;
  return index.forceKeys.find(([alias]) => key.startsWith(`${alias} `))?.[1];
}

/**
 * The theme of a framework family that a heading or label names. Besides exact aliases it
 * reads HMIC's `Parent – Child` headings (`Protecting Vulnerable People – Child Abuse`) and
 * `Parent – Overview` as the parent itself.
 */
export function findTheme(
  vocabulary: Vocabulary,
  framework: string,
  text: string,
): ThemeEntry | undefined {
  const keys = getIndex(vocabulary).themeByKey.get(framework);
  if (!keys) return undefined;
  const direct = keys.get(normaliseKey(text));
  if (direct) return direct;
  const segments = splitDashedSegments(text);
  if (segments.length < 2) return undefined;
  const parent = findTheme(vocabulary, framework, segments.slice(0, -1).join(' – '));
  if (!parent) return undefined;
  const last = normaliseKey(segments[segments.length - 1]!);
  if (last === 'overview') return parent;
  const child = keys.get(last);
  return child && child.parent === parent.id ? child : undefined;
}

/** A table label read under a group row (`Child abuse` under `Protecting vulnerable people`). */
export function findThemeInGroup(
  vocabulary: Vocabulary,
  framework: string,
  group: string | undefined,
  label: string,
): ThemeEntry | undefined {
  if (group !== undefined) {
    const nested = findTheme(vocabulary, framework, `${group} – ${label}`);
    if (nested) return nested;
  }
  return findTheme(vocabulary, framework, label);
}

export function getThemeById(vocabulary: Vocabulary, id: string): ThemeEntry | undefined {
  return getIndex(vocabulary).themeById.get(id);
}

/** The theme's ancestors, nearest first. */
export function listThemeAncestors(vocabulary: Vocabulary, theme: ThemeEntry): ThemeEntry[] {
  const out: ThemeEntry[] = [];
  let parentId = theme.parent;
  while (parentId !== null) {
    const parent = getThemeById(vocabulary, parentId);
    if (!parent || out.includes(parent)) break;
    out.push(parent);
    parentId = parent.parent;
  }
  return out;
}

/** 1-based position of a theme among the themes sharing its parent, in vocabulary order. */
export function computeThemeOrdinal(vocabulary: Vocabulary, theme: ThemeEntry): number {
  const siblings = vocabulary.themes.filter(
    (t) => t.parent === theme.parent && t.framework === theme.framework,
  );
  return siblings.indexOf(theme) + 1;
}

/** The root themes of a framework family, in vocabulary order. */
export function listRootThemes(vocabulary: Vocabulary, framework: string): ThemeEntry[] {
  return vocabulary.themes.filter((t) => t.framework === framework && t.parent === null);
}

export function hasFramework(vocabulary: Vocabulary, framework: string): boolean {
  return getIndex(vocabulary).themeByKey.has(framework);
}
