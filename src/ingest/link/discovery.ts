import type { EntityLabel, OrganisationRole } from './link.types.js';
import { isAcronymLike, isCapitalised, isNameGap, tokenize, type Token } from '../text/tokens.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Discovery of entity names the vocabulary lacks, by the shape of the name:
 *
 * - `Operation Teal`, `Project Umbra`: the keyword and up to three capitalised words;
 * - a run of capitalised words ending in a capitalised head word: an organisation (`Milton
 *   Keynes Council`, `South Central Ambulance Service`, `Black Police Association`), a unit
 *   (`Performance Improvement Team`) or an initiative (`Victim and Witness Action Delivery Board`);
 * - a lower-case name ending in a head word after a determiner (`the telephone investigation
 *   bureau`, `its testing and exercising unit`, `a stop and search monitoring group`), with at
 *   least one word that is not a generic modifier (`the specialist teams` is no name);
 * - a quoted name an initiative word goes with (`'Gripping the offender' pilot`, `a campaign
 *   called 'Be Safe'`);
 * - a place before `BCU`/`OCU`/`BOCU`/`LPA`: a lists of places is split against the gazetteer of
 *   places (`Hammersmith and Fulham and Havering BOCUs` are two), and a place that begins a
 *   known one is completed (`Bracknell` → `Bracknell Forest`).
 *
 * Head words must be capitalised in a capitalised name: `the unit`, `a multi-agency group` and
 * other generic nouns never qualify.
 */

export interface DiscoveredName {
  readonly label: Exclude<EntityLabel, 'Force' | 'Body'>;
  /** Unit kind, initiative kind or partner sector. */
  readonly kind: string;
  /** Organisations: what the name says the organisation is to a force. */
  readonly role?: OrganisationRole;
  /** The name as printed, with a plural head made singular (`Compass Units` → `Compass Unit`). */
  readonly name: string;
  /** Character offsets of the name in the text it was found in. */
  readonly start: number;
  readonly end: number;
}

export interface DiscoveryOptions {
  /** Places of England and Wales (`Havering`, `Bracknell Forest`) that name BCUs and boroughs. */
  readonly places?: readonly string[];
}

interface Head {
  readonly label: DiscoveredName['label'];
  readonly kind: string;
  /** The singular to name the entity by. */
  readonly singular: string;
  /** Whether a lower-case name may end in it (`the strategy unit`). */
  readonly lowerCase: boolean;
}

function head(
  label: Head['label'],
  kind: string,
  lowerCase: boolean,
  ...forms: string[]
): [string, Head][] {
  return forms.map((form) => [form.toLowerCase(), { label, kind, singular: forms[0]!, lowerCase }]);
}

/** Words that end a name, in singular and plural. */
const heads = new Map<string, Head>([
  ...head('Unit', 'UNIT', true, 'Unit', 'Units'),
  ...head('Unit', 'TEAM', true, 'Team', 'Teams'),
  ...head('Unit', 'COMMAND', true, 'Command', 'Commands'),
  ...head('Unit', 'DEPARTMENT', true, 'Department', 'Departments'),
  ...head('Unit', 'DIRECTORATE', true, 'Directorate', 'Directorates'),
  ...head('Unit', 'BUREAU', true, 'Bureau', 'Bureaux', 'Bureaus'),
  ...head('Unit', 'SQUAD', true, 'Squad', 'Squads'),
  ...head('Unit', 'BRANCH', false, 'Branch', 'Branches'),
  ...head('Unit', 'ACADEMY', false, 'Academy'),
  ...head('Initiative', 'MULTI_AGENCY_ARRANGEMENT', true, 'Board', 'Boards'),
  ...head('Initiative', 'MULTI_AGENCY_ARRANGEMENT', false, 'Partnership', 'Partnerships'),
  ...head('Initiative', 'MULTI_AGENCY_ARRANGEMENT', false, 'Panel', 'Panels'),
  ...head('Initiative', 'FORUM', true, 'Forum', 'Forums'),
  ...head('Initiative', 'FORUM', true, 'Group', 'Groups'),
  ...head('Initiative', 'FORUM', false, 'Committee', 'Committees'),
  ...head('Initiative', 'PROGRAMME', false, 'Programme', 'Programmes'),
  ...head('Initiative', 'SCHEME', false, 'Scheme', 'Schemes'),
  ...head('Initiative', 'PROGRAMME', false, 'Campaign', 'Campaigns'),
  ...head('PartnerAgency', 'LOCAL_GOVERNMENT', false, 'Council', 'Councils'),
  ...head('PartnerAgency', 'HEALTH', false, 'Trust', 'Trusts'),
  ...head('PartnerAgency', 'EDUCATION', false, 'University'),
  ...head('PartnerAgency', 'EDUCATION', false, 'College'),
  ...head('PartnerAgency', 'CENTRAL_GOVERNMENT', false, 'Agency'),
  ...head('PartnerAgency', 'CENTRAL_GOVERNMENT', false, 'Service'),
  ...head('PartnerAgency', 'CENTRAL_GOVERNMENT', false, 'Commission'),
  ...head('PartnerAgency', 'CENTRAL_GOVERNMENT', false, 'Authority'),
  ...head('PartnerAgency', 'CENTRAL_GOVERNMENT', false, 'Inspectorate'),
  ...head('PartnerAgency', 'VOLUNTARY', false, 'Association'),
  ...head('PartnerAgency', 'VOLUNTARY', false, 'Federation'),
  ...head('PartnerAgency', 'VOLUNTARY', false, 'Foundation'),
]);

/** A place name before one of these is a BCU, OCU, borough or local policing area. */
const areaSuffixes = new Map([
  ['BCU', 'BCU'],
  ['BCUs', 'BCU'],
  ['BOCU', 'BCU'],
  ['BOCUs', 'BCU'],
  ['OCU', 'BCU'],
  ['OCUs', 'BCU'],
  ['LPA', 'LPA'],
  ['LPAs', 'LPA'],
]);

/** Words that join the capitalised words of a name (`Child Exploitation and Online Protection Centre`). */
const connectors = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'to']);

/** Capitalised words that begin a sentence or a noun phrase but are never part of a name. */
const determiners = new Set(
  [
    'a an the this that these those each every all any some many most several both other such',
    'our its their his her former current one two three four five six',
    'at in on for from with by within under to of as following during since while where when if',
  ]
    .join(' ')
    .split(' '),
);

/** Verbs and function words a lower-case name never runs across (`work is co-ordinated through programme`). */
const functionWords = new Set(
  [
    'is are was were be been being has have had do does did not no also only now then than',
    'it they we he she who which what how why whether that this these those there here',
    'through across into onto upon over about against between among without via per or nor but',
    'can could will would should may might must shall includes including include included',
    'such very more most less least much many few other others own same',
    'however therefore furthermore moreover additionally instead meanwhile thus hence',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns after which a head word is a modifier, not the end of a name (`team performance`). */
const headModifies = new Set(
  [
    'performance level levels member members leader leaders commander commanders staff officer',
    'officers meeting meetings manager managers structure structures approach capability capacity',
    'costs costing data chair chairs lead leads report reports plan plans profile profiles work',
    'activity resources sergeant sergeants inspector inspectors area areas',
  ]
    .join(' ')
    .split(' '),
);

/** Words that open a lower-case name: it must follow one (`the strategy unit`, `its gangs unit`). */
const lowerCaseOpeners = new Set(['the', 'its', 'their', 'a', 'an', 'each', 'this', 'every']);

/**
 * Modifiers that describe a unit or group without naming it: a lower-case name needs a word
 * that is none of these (`the specialist teams`, `a small team`, `the new board` are no names).
 */
const genericModifiers = new Set(
  [
    'specialist specialised dedicated small large new central local borough force national',
    'regional relevant same other own single separate joint whole specific various several',
    'different appropriate existing current proactive reactive multi agency multiagency',
    'strategic tactical senior management project programme overall main key respective',
    'response investigation investigative support operational internal external partnership',
    'working steering delivery service pilot further first second third additional two three',
    'four five six eight monthly weekly daily quarterly corporate interim temporary permanent',
    'police policing crime county area district divisional departmental specific designated',
    'intelligence inspection communications comprising top winning remaining right experienced',
    'respective entire gang bocu bcu ocu lpa smt mps',
  ]
    .join(' ')
    .split(' '),
);

/** A lower-case `… group` is a name only after one of these (`stop and search monitoring group`). */
const groupQualifiers = new Set(
  'steering monitoring intelligence action advisory oversight support diamond behaviour plus tasking strategy reference user review working liaison'.split(
    ' ',
  ),
);

/** Words that describe when or how often, not what: dropped from the front of a lower-case name. */
const leadingModifiers = new Set(
  'small new dedicated monthly quarterly weekly daily fortnightly annual corporate single separate interim centralised centralized borough based bocu bcu ocu force respective'.split(
    ' ',
  ),
);

/** Words of an organisation, not a place: they never come before `BCU`, `OCU` or `LPA` in its name. */
const notPlaces = new Set(
  'business group groups corporate force branch branches department departments unit units team teams command directorate level levels'.split(
    ' ',
  ),
);

/** Words that cannot follow `Operation`/`Project` in a name (`Project Board`, `Project Manager`). */
const notNames = new Set(['board', 'team', 'manager', 'managers', 'plan', 'initiation', 'office']);

/** Initiative words a quoted name goes with: `'Gripping the offender' pilot`, `'Be Safe' campaign`. */
const quotedHeads = new Map([
  ['pilot', 'PROGRAMME'],
  ['programme', 'PROGRAMME'],
  ['campaign', 'PROGRAMME'],
  ['initiative', 'PROGRAMME'],
  ['scheme', 'SCHEME'],
  ['project', 'PROJECT'],
  ['partnership', 'MULTI_AGENCY_ARRANGEMENT'],
]);

const noPlaces: readonly string[] = [];

/** Every name of the shapes above in a text (repeats included), in text order. */
export function discoverNames(text: string, options: DiscoveryOptions = {}): DiscoveredName[] {
  const places = indexPlaces(options.places ?? noPlaces);
  const out: DiscoveredName[] = [];
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text);
    const found: DiscoveredName[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const area = areaSuffixes.has(tokens[i]!.raw)
        ? readAreas(sentence.text, tokens, i, places)
        : undefined;
      if (area) {
        found.push(...area);
        continue;
      }
      const name =
        readPrefixed(sentence.text, tokens, i) ??
        readHeaded(sentence.text, tokens, i) ??
        readLowerCase(sentence.text, tokens, i);
      if (name) found.push(name);
    }
    found.push(...readQuoted(sentence.text));
    for (const name of found.sort((a, b) => a.start - b.start))
      out.push({ ...name, start: sentence.start + name.start, end: sentence.start + name.end });
  }
  return out;
}

/** `Operation Teal`, `Project Umbra`: the keyword and one to three capitalised words. */
function readPrefixed(
  text: string,
  tokens: readonly Token[],
  i: number,
): DiscoveredName | undefined {
  const keyword = tokens[i]!.raw;
  if (keyword !== 'Operation' && keyword !== 'Project') return undefined;
  let end = i;
  while (
    end + 1 < tokens.length &&
    end - i < 3 &&
    isNameWord(tokens[end + 1]!) &&
    !notNames.has(tokens[end + 1]!.key) &&
    isNameGap(gapBefore(text, tokens, end + 1))
  )
    end++;
  if (end === i) return undefined;
  const start = tokens[i]!.start;
  return {
    label: 'Initiative',
    kind: keyword === 'Operation' ? 'OPERATION' : 'PROJECT',
    name: text.slice(start, tokens[end]!.end),
    start,
    end: tokens[end]!.end,
  };
}

/** A capitalised head word at token i with the capitalised words before it. */
function readHeaded(text: string, tokens: readonly Token[], i: number): DiscoveredName | undefined {
  const token = tokens[i]!;
  const headWord = isCapitalised(token.raw) ? heads.get(token.key) : undefined;
  if (!headWord || isInsideLongerName(text, tokens, i)) return undefined;
  let start = i;
  while (start > 0 && isNameGap(gapBefore(text, tokens, start))) {
    const previous = tokens[start - 1]!;
    // `Special Branch and Anti-Terrorist Branch` are two names, not one.
    const coordinated = previous.raw === 'and' && start > 1 && heads.has(tokens[start - 2]!.key);
    if (coordinated) break;
    if (isNameWord(previous) || (connectors.has(previous.raw) && start - 1 > 0)) start--;
    else break;
  }
  while (start < i && (connectors.has(tokens[start]!.raw) || determiners.has(tokens[start]!.key)))
    start++;
  if (start === i) return undefined;
  const run = tokens.slice(start, i);
  // A single ordinary word that merely starts the sentence is not evidence of a name.
  const named = run.filter((t) => !connectors.has(t.raw));
  if (start === 0 && named.length === 1 && !isAcronymLike(named[0]!.raw)) return undefined;
  if (headWord.singular === 'Group' && !groupQualifiers.has(run.at(-1)!.key)) return undefined;
  const words = text.slice(tokens[start]!.start, tokens[i]!.start);
  if (/[()]/.test(words)) return undefined;
  const name = `${words}${headWord.singular}`;
  if (headWord.label !== 'PartnerAgency')
    return {
      label: headWord.label,
      kind: headWord.kind,
      name,
      start: tokens[start]!.start,
      end: token.end,
    };
  const organisation = classifyOrganisation(name, headWord.kind);
  return organisation && { ...organisation, name, start: tokens[start]!.start, end: token.end };
}

/**
 * A head followed by another capitalised word is inside a longer name (`Government Agency
 * Information Network`); so is one followed by `of`/`for` and a capitalised word.
 */
function isInsideLongerName(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && isNameWord(next) && isNameGap(gapBefore(text, tokens, i + 1))) return true;
  if (!next || !['of', 'for', 'on'].includes(next.raw)) return false;
  const after = tokens[i + 2]?.raw === 'the' ? tokens[i + 3] : tokens[i + 2];
  return !!after && isCapitalised(after.raw);
}

/**
 * What an organisation's name says it is: police associations and federations are staff
 * associations (the chief officers' and authorities' associations national policing bodies),
 * inspectorates and police authorities oversee, emergency, health and criminal justice services
 * are partners of their sector. A `… Police Service` is a force, which the vocabulary names.
 */
function classifyOrganisation(
  name: string,
  sector: string,
): Pick<DiscoveredName, 'label' | 'kind' | 'role'> | undefined {
  const police = /\bPolice\b/.test(name);
  if (/\bPolice (Service|Constabulary)$/.test(name) || name === 'Police Service') return undefined;
  const partner = (kind: string) => ({
    label: 'PartnerAgency' as const,
    kind,
    role: 'PARTNER_AGENCY' as const,
  });
  if (/Inspectorate$/.test(name) || (police && /(Authority|Commission)$/.test(name)))
    return { label: 'PartnerAgency', kind: 'POLICING_BODY', role: 'OVERSIGHT_BODY' };
  if (police && /(Association|Federation)$/.test(name))
    return {
      label: 'PartnerAgency',
      kind: 'POLICING_BODY',
      role: /Chief Police Officers|Police Authorities|Commissioners/.test(name)
        ? 'NATIONAL_POLICING_BODY'
        : 'STAFF_ASSOCIATION',
    };
  if (/\b(Ambulance|Fire)\b/.test(name)) return partner('EMERGENCY_SERVICES');
  if (/\b(NHS|Health|Hospital|Hospitals|Care)\b/.test(name)) return partner('HEALTH');
  if (/\b(Probation|Prison|Prosecution|Courts?|Justice|Youth Offending)\b/.test(name))
    return partner('CRIMINAL_JUSTICE');
  if (/\b(Housing|Homes)\b/.test(name)) return partner('HOUSING');
  if (/Council$/.test(name) || /\bBorough\b/.test(name)) return partner('LOCAL_GOVERNMENT');
  return partner(sector);
}

/**
 * A lower-case name after a determiner, ending in a head word that may end one: `the
 * telephone investigation bureau`, `its testing and exercising unit`, `the ViSOR unit`. It
 * needs a word that is not a generic modifier and runs of at most six words.
 */
function readLowerCase(
  text: string,
  tokens: readonly Token[],
  i: number,
): DiscoveredName | undefined {
  const token = tokens[i]!;
  const headWord = heads.get(token.key);
  if (!headWord?.lowerCase || isCapitalised(token.raw)) return undefined;
  if (isInsideLongerName(text, tokens, i)) return undefined;
  const next = tokens[i + 1];
  if (next && isNameGap(gapBefore(text, tokens, i + 1)) && headModifies.has(next.key))
    return undefined;
  let start = i;
  let capitalised = false;
  while (start > 0 && i - start < 7) {
    const gap = gapBefore(text, tokens, start);
    const previous = tokens[start - 1]!;
    if (!isNameGap(gap) && !(/^,\s$/.test(gap) && !capitalised)) break;
    if (isOpener(previous) || (heads.has(previous.key) && !isCapitalised(previous.raw))) break;
    const closed = determiners.has(previous.key) || functionWords.has(previous.key);
    if (closed && !connectors.has(previous.raw)) {
      if (capitalised) break;
      return undefined;
    }
    if (isCapitalised(previous.raw) || isAcronymLike(previous.raw)) capitalised = true;
    else if (capitalised && previous.raw !== 'and') break;
    else if (connectors.has(previous.raw) && previous.raw !== 'and') return undefined;
    start--;
  }
  while (
    start < i &&
    (connectors.has(tokens[start]!.raw) || leadingModifiers.has(tokens[start]!.key))
  )
    start++;
  if (start === i) return undefined;
  const opener = tokens[start - 1];
  const opened =
    opener !== undefined &&
    (isOpener(opener) ||
      leadingModifiers.has(opener.key) ||
      (heads.has(opener.key) && !isCapitalised(opener.raw)) ||
      (capitalised && !isNameGap(gapBefore(text, tokens, start))));
  const atStart = opener === undefined && capitalised && i - start >= 2;
  if (!opened && !atStart) return undefined;
  const run = tokens.slice(start, i);
  if (run.every((t) => genericModifiers.has(t.key) || connectors.has(t.raw))) return undefined;
  if (run.some((t) => /^\d+$/.test(t.raw))) return undefined;
  // A comma inside a name separates list items that an `and` closes (`sexual offences,
  // exploitation and child abuse command`).
  const printed = text.slice(tokens[start]!.start, token.start);
  if (printed.includes(',') && !/,[^,]*\band\b/.test(printed)) return undefined;
  // `response and neighbourhood teams` are two kinds of team.
  if (run[1]?.raw === 'and' && genericModifiers.has(run[0]!.key)) return undefined;
  if (headWord.singular === 'Group' && !groupQualifiers.has(run.at(-1)!.key)) return undefined;
  // After another head (`the central SN unit communications team`) only a longer name stands alone.
  if (opener && heads.has(opener.key) && run.length < 2) return undefined;
  const words = text.slice(tokens[start]!.start, token.start);
  if (/[()]/.test(words)) return undefined;
  const name = `${words}${headWord.singular.toLowerCase()}`;
  return {
    label: headWord.label,
    kind: headWord.kind,
    name: name.charAt(0).toUpperCase() + name.slice(1),
    start: tokens[start]!.start,
    end: token.end,
  };
}

/** A word a lower-case name may follow: an article or possessive (`the`, `its`, `force's`). */
function isOpener(token: Token): boolean {
  return lowerCaseOpeners.has(token.key) || /['’]s$/.test(token.raw);
}

/**
 * A quoted name with an initiative word: after it (`'Gripping the offender' pilot`), or naming
 * it (`a campaign called 'Be Safe'`, `a process that it calls 'Mi Investigation'`), or as the
 * subject of `is a … partnership/programme` (`'Information sharing to tackle violence' is a
 * two-year partnership`).
 */
function readQuoted(text: string): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  for (const m of text.matchAll(/(^|[\s(])['‘]([^'‘’]{3,60})['’](?=[\s,.;:)]|$)/g)) {
    const inner = m[2]!.trim();
    const words = inner.split(/\s+/);
    if (words.length < 1 || words.length > 7 || !/^\p{L}/u.test(inner)) continue;
    const start = m.index + m[1]!.length + 1;
    const end = start + m[2]!.length;
    const after = text.slice(end + 1);
    const before = text.slice(Math.max(0, m.index - 30), m.index + m[1]!.length);
    const nextWord = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
    const subjectOf =
      /^\s+is an? (?:[\w-]+ ){0,3}?(programme|partnership|scheme|initiative|project|campaign|pilot)\b/i.exec(
        after,
      )?.[1];
    const kind =
      (nextWord && quotedHeads.get(nextWord)) ??
      (/\b(called|calls|known as|named|entitled)\s*$/i.test(before) &&
      /\b(campaign|programme|initiative|scheme|process|project|operation|pilot)\b/i.test(
        text.slice(0, m.index),
      )
        ? 'PROGRAMME'
        : undefined) ??
      (subjectOf ? quotedHeads.get(subjectOf.toLowerCase()) : undefined);
    if (!kind) continue;
    const name = inner.charAt(0).toUpperCase() + inner.slice(1);
    out.push({ label: 'Initiative', kind, name, start, end });
  }
  return out;
}

interface PlaceIndex {
  /** Places by their lower-cased words. */
  readonly byKey: ReadonlyMap<string, string>;
  /** Places whose first words are a key (`bracknell` → `Bracknell Forest`), when only one. */
  readonly byStart: ReadonlyMap<string, string>;
}

const placeIndexes = new WeakMap<readonly string[], PlaceIndex>();

/** The index of a gazetteer of places, built once per list. */
function indexPlaces(places: readonly string[]): PlaceIndex {
  let index = placeIndexes.get(places);
  if (!index) {
    index = buildPlaceIndex(places);
    placeIndexes.set(places, index);
  }
  return index;
}

function buildPlaceIndex(places: readonly string[]): PlaceIndex {
  const byKey = new Map(places.map((p) => [placeKey(p), p]));
  const starts = new Map<string, Set<string>>();
  for (const place of places) {
    const words = placeKey(place).split(' ');
    for (let n = 1; n < words.length; n++) {
      const key = words.slice(0, n).join(' ');
      if (!starts.has(key)) starts.set(key, new Set());
      starts.get(key)!.add(place);
    }
  }
  const byStart = new Map<string, string>();
  for (const [key, set] of starts)
    if (set.size === 1 && !byKey.has(key)) byStart.set(key, [...set][0]!);
  return { byKey, byStart };
}

function placeKey(place: string): string {
  return tokenize(place)
    .map((t) => t.key)
    .join(' ');
}

/**
 * The places before an area suffix at token i: `Bracknell LPA`, `Milton Keynes BCU`, and a
 * list the gazetteer splits (`Hammersmith and Fulham and Havering BOCUs`). A place that only
 * begins a gazetteer place is completed by it (`Bracknell` → `Bracknell Forest`).
 */
function readAreas(
  text: string,
  tokens: readonly Token[],
  i: number,
  places: PlaceIndex,
): DiscoveredName[] | undefined {
  const suffix = tokens[i]!;
  const kind = areaSuffixes.get(suffix.raw)!;
  let start = i;
  while (start > 0 && isNameGap(gapBefore(text, tokens, start))) {
    const previous = tokens[start - 1]!;
    if (isCapitalised(previous.raw) || (connectors.has(previous.raw) && start - 1 > 0)) start--;
    else break;
  }
  while (start < i && (connectors.has(tokens[start]!.raw) || determiners.has(tokens[start]!.key)))
    start++;
  const run = tokens.slice(start, i);
  if (run.length === 0 || run.some((t) => isAcronymLike(t.raw) || notPlaces.has(t.key)))
    return undefined;
  if (run.length === 1 && (run[0]!.raw.length < 3 || genericModifiers.has(run[0]!.key)))
    return undefined;
  const label = suffix.raw.replace(/s$/, '');
  const parts = splitPlaces(run, places) ?? [run];
  return parts.map((part) => {
    const printed = text.slice(part[0]!.start, part.at(-1)!.end);
    const key = part.map((t) => t.key).join(' ');
    const place = places.byKey.get(key) ?? places.byStart.get(key) ?? printed;
    return {
      label: 'Unit' as const,
      kind,
      name: `${place} ${label}`,
      start: part[0]!.start,
      end: parts.length === 1 ? suffix.end : part.at(-1)!.end,
    };
  });
}

/**
 * Splits a run of words at `and` into places the gazetteer knows, preferring the longest
 * place first (`Hammersmith and Fulham` | `Havering`); undefined when it cannot.
 */
function splitPlaces(run: readonly Token[], places: PlaceIndex): Token[][] | undefined {
  if (places.byKey.size === 0) return undefined;
  const from = (at: number): Token[][] | undefined => {
    if (at === run.length) return [];
    for (let end = run.length; end > at; end--) {
      const part = run.slice(at, end);
      const key = part.map((t) => t.key).join(' ');
      if (!places.byKey.has(key) && !places.byStart.has(key)) continue;
      if (end === run.length) return [part];
      if (run[end]!.raw !== 'and') continue;
      const rest = from(end + 1);
      if (rest) return [part, ...rest];
    }
    return undefined;
  };
  const parts = from(0);
  return parts && parts.length > 1 ? parts : undefined;
}

function isNameWord(token: Token): boolean {
  return isCapitalised(token.raw) || isAcronymLike(token.raw);
}

function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

/** The head a name ends in, if any: used to type the expansion of an acronym. */
export function findHead(name: string): Pick<Head, 'label' | 'kind'> | undefined {
  const words = tokenize(name);
  const last = words.at(-1);
  const found = last ? heads.get(last.key) : undefined;
  if (found?.singular === 'Group' && !groupQualifiers.has(words.at(-2)?.key ?? ''))
    return undefined;
  if (!found || found.label !== 'PartnerAgency') return found;
  return classifyOrganisation(name, found.kind) ?? undefined;
}
