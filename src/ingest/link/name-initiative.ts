import { discoverNames } from './discovery.js';
import { buildGazetteer, toDiscoveredEntity } from './gazetteer.js';
import { recogniseEntities } from './recognise.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * The initiative a developing-practice title names, so that the example and the initiative are
 * one node: `Operation Delphinus` is the operation the report also mentions, `Community Payback
 * in London` the curated Community Payback. A title that only describes a practice (`Use of
 * survey data`) names none. The title must be the initiative's name, optionally followed by
 * where it runs (`in London`) or what it is (`scheme`, `project`, `programme`).
 */
export function createInitiativeNamer(
  vocabulary: Vocabulary,
  forceId: string,
): (title: string) => string | undefined {
  const gazetteer = buildGazetteer({
    vocabulary,
    forceId,
    glossary: [],
    definitions: [],
    texts: [],
  });
  return (title) => {
    const clean = title.replace(/^(?:the|MPS)\s+/i, '').trim();
    const rest = (end: number): string => clean.slice(end).trim();
    const fits = (end: number): boolean =>
      /^(?:(?:in|across|for)\s+\p{Lu}[\p{L}\s-]*|scheme|project|programme|initiative)?$/u.test(
        rest(end),
      );
    const named = recogniseEntities(clean, gazetteer).find(
      (m) => m.entity.label === 'Initiative' && m.start === 0 && fits(m.end),
    );
    if (named) return named.entity.id;
    const discovered = discoverNames(clean).find(
      (d) => d.label === 'Initiative' && d.start === 0 && fits(d.end),
    );
    return discovered && toDiscoveredEntity(discovered, forceId, null).id;
  };
}
