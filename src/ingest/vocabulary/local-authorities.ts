import type { OrganisationEntry } from '../link/link.types.js';
import { slugify } from '../text/text.js';

/**
 * The councils of the local-authority gazetteer (`local-authorities.json`), named from their
 * place by tier and status the way reports and councils name themselves: `Milton Keynes
 * Council`, `Chiltern District Council`, `London Borough of Hackney`, `Bracknell Forest Borough
 * Council`, `Kent County Council`, `Royal Borough of Windsor and Maidenhead`. Every council is
 * a partner agency of the local government sector; an abolished council points at the ones that
 * took over its area (`successorOf` on the successor).
 */

export type LocalAuthorityTier =
  | 'COUNTY'
  | 'DISTRICT'
  | 'UNITARY'
  | 'METROPOLITAN_DISTRICT'
  | 'LONDON_BOROUGH'
  | 'WELSH_PRINCIPAL_AREA'
  | 'SUI_GENERIS';

export interface LocalAuthorityEntry {
  readonly place: string;
  readonly tier: LocalAuthorityTier;
  readonly status?:
    'COUNTY' | 'CITY' | 'BOROUGH' | 'ROYAL_BOROUGH' | 'COUNTY_BOROUGH' | 'CITY_AND_COUNTY';
  /** Usual names that do not follow from tier and status; the first is canonical. */
  readonly names?: readonly string[];
  readonly abolished?: number;
  readonly successors?: readonly string[];
}

/** The council's usual names, canonical first. */
export function nameLocalAuthority(entry: LocalAuthorityEntry): string[] {
  const p = entry.place;
  const byStatus: Record<string, string[]> = {
    COUNTY: [`${p} County Council`],
    CITY: [`${p} City Council`, `City of ${p} Council`],
    BOROUGH: [`${p} Borough Council`],
    ROYAL_BOROUGH: [`Royal Borough of ${p}`],
    COUNTY_BOROUGH: [`${p} County Borough Council`],
    CITY_AND_COUNTY: [`City and County of ${p}`],
  };
  const names = [
    ...(entry.names ?? []),
    ...(entry.tier === 'LONDON_BOROUGH' ? [`London Borough of ${p}`] : []),
    ...(entry.status ? byStatus[entry.status]! : []),
    ...(entry.tier === 'DISTRICT' && !entry.status ? [`${p} District Council`] : []),
    ...(entry.tier === 'METROPOLITAN_DISTRICT' ? [`${p} Metropolitan Borough Council`] : []),
    ...(entry.tier === 'LONDON_BOROUGH' ? [`${p} London Borough Council`] : []),
    ...(entry.tier === 'SUI_GENERIS' ? [] : [`${p} Council`]),
  ];
  return [...new Set(names)];
}

/** The gazetteer's councils as organisation entries (ids from canonical names). */
export function listLocalAuthorityOrganisations(
  entries: readonly LocalAuthorityEntry[],
): OrganisationEntry[] {
  const idOfPlace = new Map(entries.map((e) => [e.place, slugify(nameLocalAuthority(e)[0]!)]));
  const predecessors = new Map<string, string[]>();
  for (const entry of entries)
    for (const successor of entry.successors ?? []) {
      const list = predecessors.get(successor) ?? [];
      list.push(idOfPlace.get(entry.place)!);
      predecessors.set(successor, list);
    }
  return entries.map((entry) => {
    const [name, ...aliases] = nameLocalAuthority(entry);
    return {
      id: slugify(name!),
      name: name!,
      acronym: null,
      aliases,
      weakAliases: [],
      sector: 'LOCAL_GOVERNMENT',
      role: 'PARTNER_AGENCY',
      kind: 'LOCAL_AUTHORITY',
      perForce: false,
      successorOf: (predecessors.get(entry.place) ?? []).sort(),
      includes: [],
    };
  });
}

/** Places a successor names that the gazetteer does not hold. */
export function listUnknownSuccessors(entries: readonly LocalAuthorityEntry[]): string[] {
  const places = new Set(entries.map((e) => e.place));
  return entries.flatMap((e, i) =>
    (e.successors ?? [])
      .filter((s) => !places.has(s))
      .map((s) => `/localAuthorities/${i}/successors: unknown place '${s}'`),
  );
}
