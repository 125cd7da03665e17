import { normaliseKey, slugify } from '../text/text.js';
import { listForceNames, listThemeNames, toForceKey } from './lookup.js';
import type { ForceEntry, ThemeEntry } from './vocabulary.types.js';

/**
 * The rules a vocabulary must keep beyond its JSON Schema: ids follow their naming rule and are
 * unique, and no alias could name two different entries. Returns one message per problem, each
 * starting with a JSON pointer into the file.
 */

/** Force ids are the slug of the canonical name without a trailing "Service". */
export function deriveForceId(name: string): string {
  return slugify(name.replace(/\s+Service$/i, ''));
}

/** Theme ids are the parent's id, a slash, and the slug of the name. */
export function deriveThemeId(name: string, parent: string | null): string {
  return parent === null ? slugify(name) : `${parent}/${slugify(name)}`;
}

export function checkForces(forces: readonly ForceEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  forces.forEach((force, i) => {
    const at = `/forces/${i}`;
    if (ids.has(force.id)) problems.push(`${at}/id: duplicate id '${force.id}'`);
    ids.add(force.id);
    const expected = deriveForceId(force.name);
    if (force.id !== expected) problems.push(`${at}/id: '${force.id}' should be '${expected}'`);
    for (const name of listForceNames(force)) {
      const key = toForceKey(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== force.id)
        problems.push(`${at}/aliases: '${name}' also names '${owner}'`);
      owners.set(key, force.id);
    }
  });
  return problems;
}

export function checkThemes(themes: readonly ThemeEntry[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, ThemeEntry>();
  const owners = new Map<string, string>();
  themes.forEach((theme, i) => {
    const at = `/themes/${i}`;
    if (byId.has(theme.id)) problems.push(`${at}/id: duplicate id '${theme.id}'`);
    byId.set(theme.id, theme);
    const expected = deriveThemeId(theme.name, theme.parent);
    if (theme.id !== expected) problems.push(`${at}/id: '${theme.id}' should be '${expected}'`);
    for (const name of listThemeNames(theme)) {
      const key = `${theme.framework} ${normaliseKey(name)}`;
      const owner = owners.get(key);
      if (owner !== undefined && owner !== theme.id)
        problems.push(`${at}/aliases: '${name}' also names '${owner}'`);
      owners.set(key, theme.id);
    }
  });
  themes.forEach((theme, i) => {
    if (theme.parent === null) return;
    const parent = byId.get(theme.parent);
    if (!parent) problems.push(`/themes/${i}/parent: unknown theme '${theme.parent}'`);
    else if (parent.framework !== theme.framework)
      problems.push(`/themes/${i}/framework: differs from parent '${parent.id}'`);
  });
  themes.forEach((theme, i) => {
    theme.continues.forEach((continuation, j) => {
      const at = `/themes/${i}/continues/${j}/theme`;
      const earlier = byId.get(continuation.theme);
      if (!earlier) problems.push(`${at}: unknown theme '${continuation.theme}'`);
      // Within a framework, a theme's line over the years is the theme itself.
      else if (earlier.framework === theme.framework)
        problems.push(`${at}: '${earlier.id}' is of the same framework, ${theme.framework}`);
      else if (continuesTransitively(byId, earlier, theme.id))
        problems.push(`${at}: '${earlier.id}' continues '${theme.id}' in turn (a loop)`);
    });
  });
  return problems;
}

/** Whether `from` continues `targetId`, directly or through other continued themes. */
function continuesTransitively(
  byId: ReadonlyMap<string, ThemeEntry>,
  from: ThemeEntry,
  targetId: string,
): boolean {
  const seen = new Set<string>();
  const pending = [from];
  for (let theme = pending.pop(); theme; theme = pending.pop()) {
    for (const { theme: id } of theme.continues) {
      if (id === targetId) return true;
      const next = byId.get(id);
      if (next && !seen.has(id)) {
        seen.add(id);
        pending.push(next);
      }
    }
  }
  return false;
}
