import type { EntityLabel } from './link.types.js';
import { isAcronymLike, isCapitalised, isNameGap, tokenize, type Token } from '../text/tokens.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Discovery of entity names the vocabulary lacks, by the shape of the name: `Operation Teal`,
 * `Project Umbra`, a run of capitalised words ending in a head word (`Performance Improvement
 * Team`, `Victim and Witness Action Delivery Board`, `Milton Keynes Council`), a place before
 * `BCU`/`OCU`/`LPA` (`Bracknell LPA`). Head words must be capitalised themselves: `the unit`,
 * `a multi-agency group` and other generic nouns never qualify.
 */

export interface DiscoveredName {
  readonly label: Exclude<EntityLabel, 'Force'>;
  /** Unit kind, initiative kind or partner sector. */
  readonly kind: string;
  /** The name as printed, with a plural head made singular (`Compass Units` → `Compass Unit`). */
  readonly name: string;
  /** Character offsets of the name in the text it was found in. */
  readonly start: number;
  readonly end: number;
}

interface Head {
  readonly label: DiscoveredName['label'];
  readonly kind: string;
  /** The singular to name the entity by. */
  readonly singular: string;
}

function head(label: Head['label'], kind: string, ...forms: string[]): [string, Head][] {
  return forms.map((form) => [form.toLowerCase(), { label, kind, singular: forms[0]! }]);
}

/** Capitalised words that end a name, in singular and plural. */
const heads = new Map<string, Head>([
  ...head('Unit', 'UNIT', 'Unit', 'Units'),
  ...head('Unit', 'TEAM', 'Team', 'Teams'),
  ...head('Unit', 'COMMAND', 'Command', 'Commands'),
  ...head('Unit', 'DEPARTMENT', 'Department', 'Departments'),
  ...head('Unit', 'DIRECTORATE', 'Directorate', 'Directorates'),
  ...head('Unit', 'BUREAU', 'Bureau', 'Bureaux', 'Bureaus'),
  ...head('Unit', 'SQUAD', 'Squad', 'Squads'),
  ...head('Unit', 'BRANCH', 'Branch', 'Branches'),
  ...head('Unit', 'ACADEMY', 'Academy'),
  ...head('Initiative', 'MULTI_AGENCY_ARRANGEMENT', 'Board', 'Boards'),
  ...head('Initiative', 'MULTI_AGENCY_ARRANGEMENT', 'Partnership', 'Partnerships'),
  ...head('Initiative', 'MULTI_AGENCY_ARRANGEMENT', 'Panel', 'Panels'),
  ...head('Initiative', 'FORUM', 'Forum', 'Forums'),
  ...head('Initiative', 'PROGRAMME', 'Programme', 'Programmes'),
  ...head('Initiative', 'SCHEME', 'Scheme', 'Schemes'),
  ...head('PartnerAgency', 'LOCAL_GOVERNMENT', 'Council', 'Councils'),
  ...head('PartnerAgency', 'HEALTH', 'Trust', 'Trusts'),
  ...head('PartnerAgency', 'EDUCATION', 'University'),
  ...head('PartnerAgency', 'EDUCATION', 'College'),
  ...head('PartnerAgency', 'CENTRAL_GOVERNMENT', 'Agency'),
  ...head('PartnerAgency', 'VOLUNTARY', 'Foundation'),
]);

/** A place name before one of these is a BCU, OCU, borough or local policing area. */
const areaSuffixes = new Set(['BCU', 'BCUs', 'BOCU', 'BOCUs', 'OCU', 'OCUs', 'LPA', 'LPAs']);

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

/** Words of an organisation, not a place: they never come before `BCU`, `OCU` or `LPA` in its name. */
const notPlaces = new Set(
  'business group groups corporate force branch branches department departments unit units team teams command directorate level levels'.split(
    ' ',
  ),
);

/** Words that cannot follow `Operation`/`Project` in a name (`Project Board`, `Project Manager`). */
const notNames = new Set(['board', 'team', 'manager', 'managers', 'plan', 'initiation', 'office']);

/** Every name of the shapes above in a text (repeats included), in text order. */
export function discoverNames(text: string): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text);
    for (let i = 0; i < tokens.length; i++) {
      const found = readPrefixed(sentence.text, tokens, i) ?? readHeaded(sentence.text, tokens, i);
      if (found)
        out.push({
          ...found,
          start: sentence.start + found.start,
          end: sentence.start + found.end,
        });
    }
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

/** A head word (or area suffix) at token i with the capitalised words before it. */
function readHeaded(text: string, tokens: readonly Token[], i: number): DiscoveredName | undefined {
  const token = tokens[i]!;
  const area = areaSuffixes.has(token.raw);
  const headWord = area ? undefined : isCapitalised(token.raw) ? heads.get(token.key) : undefined;
  if (!area && !headWord) return undefined;
  // A head followed by another capitalised word is inside a longer name (`Government Agency
  // Information Network`); the name read there ends at its own head, if it has one.
  const next = tokens[i + 1];
  if (next && isNameWord(next) && isNameGap(gapBefore(text, tokens, i + 1))) return undefined;
  const after = tokens[i + 2];
  if (next && (next.raw === 'of' || next.raw === 'for') && after && isCapitalised(after.raw))
    return undefined;
  let start = i;
  while (start > 0 && isNameGap(gapBefore(text, tokens, start))) {
    const previous = tokens[start - 1]!;
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
  if (area && run.some((t) => isAcronymLike(t.raw) || notPlaces.has(t.key))) return undefined;
  const words = text.slice(tokens[start]!.start, tokens[i]!.start);
  if (/[()]/.test(words)) return undefined;
  const span = { start: tokens[start]!.start, end: token.end };
  if (area)
    return { label: 'Unit', kind: 'BCU', name: `${words}${token.raw.replace(/s$/, '')}`, ...span };
  return {
    label: headWord!.label,
    kind: headWord!.kind,
    name: `${words}${headWord!.singular}`,
    ...span,
  };
}

function isNameWord(token: Token): boolean {
  return isCapitalised(token.raw) || isAcronymLike(token.raw);
}

function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

/** The head a name ends in, if any: used to type the expansion of an acronym. */
export function findHead(name: string): Head | undefined {
  const last = tokenize(name).at(-1);
  return last ? heads.get(last.key) : undefined;
}
