import type { ParticipationRole, ParticipationScope } from '../../domain/organisation-roles.js';
import type { EntityRecord, LinkEvidence } from './link.types.js';
import type { Gazetteer } from './gazetteer.js';
import { recogniseEntities, type RecognisedMention } from './recognise.js';
import { quoteAround } from '../text/quote.js';
import type { Sentence } from '../text/sentences.js';
import type { Paragraph } from '../report.types.js';

/**
 * PARTICIPATES_IN: a partner agency takes part in an arrangement when one sentence names both
 * and says so (`MARAC … attended by … probation, health`; `IOM partners including … CPS`;
 * `co-located … children services` in the MASH). A sentence that names partners but refers
 * back to the arrangement (`The conference was well-attended by partners including …`,
 * `These agencies include …`) takes it from one of the two sentences before it, when exactly
 * one arrangement is named there.
 */

/**
 * Words that say an agency takes part, sits on, attends, is a member of, contributes to, chairs,
 * leads, funds, is co-located in or receives referrals into. Receiving information (`shared with`), being
 * trained, or being listed beside an arrangement is not taking part.
 */
const participationCue =
  /\b(attend(s|ed|ing)?|members?|membership|includ(e|es|ed|ing)|notably|represent(s|ed|ation|atives?)?|chair(s|ed)?|sits? on|work(s|ed|ing)? (together|in|within|alongside)|involv(e|es|ed|ing|ement)|participat\w*|take part|took part|partners? (in|of|including|such as)|co-?locat\w*|brings? together|contribut\w*|jointly funded|funded by|sponsorship|referrals? into|led by|responsible authority|contains|comprises|consists of|made up of|partnerships? between)\b/i;

/** A sentence about training given or learning shared: its agencies give or receive it. */
const notParticipation =
  /\b(training|trained|learning|best practice|good practice)\b[^.]*\b(by|with|to)\b/i;

/** Sections that describe arrangements nationally, not the force's own (the 2007 reports). */
const nationalSection = /national contextual factors/i;

/**
 * A sentence that refers back to an arrangement named before it: `These agencies include …`,
 * or one that opens on the agencies of the arrangement just named (`Multi-agency public
 * protection arrangements (MAPPAs) are in place to … Agencies involved include … the police,
 * probation trusts and prison service`).
 */
const backReference =
  /\b(the|this|these|that|such)\s+(?:[\w-]+\s+){0,2}?(conference|meetings?|arrangements?|panels?|boards?|partnerships?|scheme|project|programme|forums?|hubs?|process|agencies)\b|^(?:the\s+)?(?:agencies|partners|organisations)\s+(?:involved|represented)\b/i;

/**
 * A sentence whose arrangement is a body it introduces without a name (`A programme board
 * steers the delivery of the programme attended by … the MPA, GLA`): its partners take part in
 * that body, not in an arrangement named before.
 */
const unnamedBody =
  /\b(a|an)\s+(?:[\w-]+\s+){0,2}?(boards?|groups?|panels?|forums?|committees?|meetings?|hubs?)\b/i;

/**
 * A name followed by one of these words names a body of the organisation or arrangement, not
 * the organisation or arrangement itself (`GLA steering group`, `mental health board`, `the SN
 * programme board`: its members are not said to take part in the SN programme).
 */
const bodyOfNamed =
  /^\s*(?:steering\s+|strategic\s+|management\s+)?(boards?|groups?|committees?|panels?|forums?)\b/i;

/**
 * What stands between two items of one enumeration: a comma, `and`, `or`, `together with`,
 * `along with`, `as well as`, then an optional article and `multi-agency` (which the name of an
 * arrangement may leave out: `the multi-agency risk assessment management process`).
 */
const listSeparator =
  /(?:,|\band|\bor|\btogether with|\balong with|\bas well as)\s+(?:the\s+)?(?:multi-agency\s+)?$/i;

/** Initiative kinds an agency can take part in (not systems, models, standards or strategies). */
const arrangementKinds = new Set([
  'MULTI_AGENCY_ARRANGEMENT',
  'FORUM',
  'PROGRAMME',
  'PROJECT',
  'SCHEME',
  'OPERATION',
]);

/** A partner agency taking part in an arrangement, as one paragraph states it. */
export interface Participation {
  readonly partner: EntityRecord;
  readonly initiative: EntityRecord;
  readonly role: ParticipationRole;
  /** NATIONAL where the text describes the arrangement nationally, not the force's own. */
  readonly scope: ParticipationScope;
  readonly evidence: LinkEvidence;
}

/** The role the clause that places a partner gives it (the first cue in this order wins). */
function readRole(clause: string): ParticipationRole {
  if (/\breferrals? (into|to)\b/i.test(clause)) return 'RECEIVES_REFERRALS';
  if (/\bchair(s|ed)?\b/i.test(clause) && !/\bchairs of\b/i.test(clause)) return 'CHAIR';
  if (/\b(fund(ed|s|ing)?|sponsorship)\b/i.test(clause)) return 'FUNDER';
  if (/\bled by\b|\blaunching\b/i.test(clause)) return 'LEAD';
  if (/\bco-?locat\w*/i.test(clause)) return 'CO_LOCATED';
  return 'MEMBER';
}

/**
 * The participations stated in one paragraph; `scope` NATIONAL for text that describes
 * arrangements in general wherever it is printed (a footnote), else read from the section.
 */
export function findParticipations(
  paragraph: Paragraph,
  gazetteer: Gazetteer,
  reportId: string,
  scope: ParticipationScope = nationalSection.test(paragraph.section) ? 'NATIONAL' : 'FORCE',
): Participation[] {
  const bySentence = groupBySentence(recogniseEntities(paragraph.text, gazetteer));
  const out: Participation[] = [];
  bySentence.forEach(({ sentence, mentions }, index) => {
    const partners = mentions.filter(
      (m) => m.entity.label === 'PartnerAgency' && !namesBodyOf(paragraph.text, m),
    );
    if (partners.length === 0 || !participationCue.test(sentence.text)) return;
    if (notParticipation.test(sentence.text)) return;
    const named = mentions.filter(
      (m) => isArrangement(m.entity) && !namesBodyOf(paragraph.text, m),
    );
    const antecedent =
      named.length === 0 && backReference.test(sentence.text) && !unnamedBody.test(sentence.text)
        ? findAntecedent(bySentence, index)
        : undefined;
    const clauseOf = splitClauses(sentence);
    for (const partner of partners) {
      if (isInRelativeClauseWithoutCue(sentence, partner)) continue;
      // An arrangement listed beside the partner is so under every name (`… together with the
      // multi-agency risk assessment management process (RAMP)`).
      const beside = new Set(
        named.filter((m) => isListedBeside(paragraph.text, partner, m)).map((m) => m.entity.id),
      );
      const sameClause = named.filter(
        (m) => clauseOf(m.start) === clauseOf(partner.start) && !beside.has(m.entity.id),
      );
      const arrangements = antecedent ? [antecedent.arrangement] : pickNearest(sameClause, partner);
      const from = antecedent?.sentence ?? sentence;
      for (const arrangement of arrangements)
        out.push({
          partner: partner.entity,
          initiative: arrangement,
          role: readRole(clauseAround(sentence, partner)),
          scope,
          evidence: {
            reportId,
            section: paragraph.section,
            lineStart: paragraph.lineStart,
            lineEnd: paragraph.lineEnd,
            quote: quoteSpan(spanSentences(paragraph.text, from, sentence), partner),
          },
        });
    }
  });
  return out;
}

/**
 * With several arrangements in one clause, a partner belongs to the nearest one (`… a Safer
 * Neighbourhood board … facilitated by MOPAC` is not about the advisory groups named before).
 */
function pickNearest(
  arrangements: readonly RecognisedMention[],
  partner: RecognisedMention,
): EntityRecord[] {
  const distance = (m: RecognisedMention): number =>
    m.start >= partner.end ? m.start - partner.end : partner.start - m.end;
  const nearest = [...arrangements].sort((a, b) => distance(a) - distance(b))[0];
  return nearest ? [nearest.entity] : [];
}

/**
 * Where a new clause of a sentence starts: `…, while …`, `…, whereas …`, `…, but …` (`the SN
 * programme board contains GLA, MPA …, while … an ASB and respect board that includes … London
 * Fire Brigade`), `…, alongside …` (`strategic partnerships with the GLA, TfL …, alongside
 * representation on the London crime reduction delivery board`: the force is represented, not
 * the partners). Semicolons do not: they separate list items.
 */
const clauseBreak = /,\s+(?:while|whereas|but|although|alongside)\s/g;

/**
 * Where a parenthetical clause starts or ends for reading a role: a spaced dash (`London
 * Probation is currently launching Working Skills for London – a £6 million project funded by
 * the National Offender Management Service`: London Probation leads, NOMS funds).
 */
const roleClauseBreak = new RegExp(`${clauseBreak.source}|\\s[–—-]\\s`, 'g');

/** The clause an offset of the sentence falls in (see `clauseBreak`). */
function splitClauses(sentence: Sentence): (offset: number) => number {
  const starts = [...sentence.text.matchAll(clauseBreak)].map((m) => sentence.start + m.index);
  return (offset) => starts.filter((start) => start <= offset).length;
}

/** The text of the clause (see `roleClauseBreak`) that holds a mention. */
function clauseAround(sentence: Sentence, mention: RecognisedMention): string {
  let from = 0;
  let to = sentence.text.length;
  for (const m of sentence.text.matchAll(roleClauseBreak)) {
    const at = m.index;
    if (sentence.start + at + m[0].length <= mention.start) from = at + m[0].length;
    else if (sentence.start + at >= mention.end) {
      to = at;
      break;
    }
  }
  return sentence.text.slice(from, to);
}

/**
 * A relative clause says what the arrangement does (`a partnership between the force, the
 * GLA and MOPAC which collects anonymised assault data from hospitals`): an agency it names
 * takes part only where the clause says so itself (`the MARAC, which is attended by
 * probation`).
 */
const relativePronoun = /\s(?:which|who|whose)\s/g;

function isInRelativeClauseWithoutCue(sentence: Sentence, partner: RecognisedMention): boolean {
  const at = partner.start - sentence.start;
  const opens = [...sentence.text.matchAll(relativePronoun)].filter((m) => m.index < at);
  const last = opens.at(-1);
  return last !== undefined && !participationCue.test(sentence.text.slice(last.index));
}

/** Whether the name is only part of the name of one of its bodies (see `bodyOfNamed`). */
function namesBodyOf(text: string, mention: RecognisedMention): boolean {
  return bodyOfNamed.test(text.slice(mention.end, mention.end + 40));
}

/**
 * Whether an arrangement named after a partner is only another item of the list that names the
 * partner (`key agencies …, including the probation service, victim support, social services
 * and the domestic violence forum`; `the co-location of … victim support services, developing
 * 'Sanctuary' projects, together with the … RAMP`): no participation cue stands between them
 * and a list separator stands right before the arrangement.
 */
function isListedBeside(
  text: string,
  partner: RecognisedMention,
  arrangement: RecognisedMention,
): boolean {
  if (arrangement.start < partner.end) return false;
  const between = text.slice(partner.end, arrangement.start);
  return listSeparator.test(between) && !participationCue.test(between);
}

function isArrangement(entity: EntityRecord): boolean {
  return entity.label === 'Initiative' && arrangementKinds.has(entity.kind ?? '');
}

interface SentenceMentions {
  readonly sentence: Sentence;
  readonly mentions: readonly RecognisedMention[];
}

/** Mentions grouped by the sentence they are in; sentences without mentions are kept. */
function groupBySentence(mentions: readonly RecognisedMention[]): SentenceMentions[] {
  const out: { sentence: Sentence; mentions: RecognisedMention[] }[] = [];
  for (const mention of mentions) {
    const last = out.at(-1);
    if (last && last.sentence.start === mention.sentence.start) last.mentions.push(mention);
    else out.push({ sentence: mention.sentence, mentions: [mention] });
  }
  return out;
}

function listArrangements(mentions: readonly RecognisedMention[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const m of mentions) if (isArrangement(m.entity)) byId.set(m.entity.id, m.entity);
  return [...byId.values()];
}

/**
 * The single arrangement named in the nearest of the two sentences before `index` that names
 * any (only sentences with mentions are grouped, so the distance is checked by position).
 */
function findAntecedent(
  groups: readonly SentenceMentions[],
  index: number,
): { arrangement: EntityRecord; sentence: Sentence } | undefined {
  for (let back = index - 1; back >= 0 && back >= index - 2; back--) {
    const arrangements = listArrangements(groups[back]!.mentions);
    if (arrangements.length === 1)
      return { arrangement: arrangements[0]!, sentence: groups[back]!.sentence };
    if (arrangements.length > 1) return undefined;
  }
  return undefined;
}

/** The text from the start of one sentence to the end of another, as one sentence. */
/** The quote of a span of sentences around a name found at offsets of the paragraph. */
function quoteSpan(span: Sentence, name: { start: number; end: number }): string {
  return quoteAround(span.text, name.start - span.start, name.end - span.start);
}

function spanSentences(text: string, first: Sentence, last: Sentence): Sentence {
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}
