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
  /\b(attend(s|ed|ing)?|members?|membership|includ(e|es|ed|ing)|notably|represent(s|ed|ation|atives?)?|chair(s|ed)?|sits? on|work(s|ed|ing)? (together|in|within|alongside)|involv(e|es|ed|ing|ement)|participat\w*|take part|took part|partners? (in|of|including|such as)|co-?locat\w*|brings? together|contribut\w*|jointly funded|funded by|sponsorship|referrals? into|led by|responsible authority)\b/i;

/** A sentence about training given or learning shared: its agencies give or receive it. */
const notParticipation =
  /\b(training|trained|learning|best practice|good practice)\b[^.]*\b(by|with|to)\b/i;

/** Sections that describe arrangements nationally, not the force's own (the 2007 reports). */
const nationalSection = /national contextual factors/i;

/** A sentence that refers back to an arrangement named before it. */
const backReference =
  /\b(the|this|these|that|such)\s+(?:[\w-]+\s+){0,2}?(conference|meetings?|arrangements?|panels?|boards?|partnerships?|scheme|project|programme|forums?|hubs?|process|agencies)\b/i;

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

/** The role the sentence that places a partner gives it (the first cue in this order wins). */
function readRole(clause: string): ParticipationRole {
  if (/\breferrals? (into|to)\b/i.test(clause)) return 'RECEIVES_REFERRALS';
  if (/\bchair(s|ed)?\b/i.test(clause) && !/\bchairs of\b/i.test(clause)) return 'CHAIR';
  if (/\b(fund(ed|s|ing)?|sponsorship)\b/i.test(clause)) return 'FUNDER';
  if (/\bled by\b|\blaunching\b/i.test(clause)) return 'LEAD';
  if (/\bco-?locat\w*/i.test(clause)) return 'CO_LOCATED';
  return 'MEMBER';
}

/** The participations stated in one paragraph. */
export function findParticipations(
  paragraph: Paragraph,
  gazetteer: Gazetteer,
  reportId: string,
): Participation[] {
  const bySentence = groupBySentence(recogniseEntities(paragraph.text, gazetteer));
  const out: Participation[] = [];
  bySentence.forEach(({ sentence, mentions }, index) => {
    const partners = mentions.filter((m) => m.entity.label === 'PartnerAgency');
    if (partners.length === 0 || !participationCue.test(sentence.text)) return;
    if (notParticipation.test(sentence.text)) return;
    const scope = nationalSection.test(paragraph.section) ? 'NATIONAL' : 'FORCE';
    const named = mentions.filter((m) => isArrangement(m.entity));
    const antecedent =
      named.length === 0 && backReference.test(sentence.text)
        ? findAntecedent(bySentence, index)
        : undefined;
    const clauseOf = splitClauses(sentence);
    for (const partner of partners) {
      const sameClause = named.filter((m) => clauseOf(m.start) === clauseOf(partner.start));
      const arrangements = antecedent ? [antecedent.arrangement] : pickNearest(sameClause, partner);
      const from = antecedent?.sentence ?? sentence;
      const clauseText = sentence.text;
      for (const arrangement of arrangements)
        out.push({
          partner: partner.entity,
          initiative: arrangement,
          role: readRole(clauseText),
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
 * The clause an offset of the sentence falls in: `…, while …`, `…, whereas …`, `…, but …`
 * start a new one (`the SN programme board contains GLA, MPA …, while … an ASB and respect
 * board that includes … London Fire Brigade`). Semicolons do not: they separate list items.
 */
function splitClauses(sentence: Sentence): (offset: number) => number {
  const starts = [...sentence.text.matchAll(/,\s+(?:while|whereas|but|although)\s/g)].map(
    (m) => sentence.start + m.index,
  );
  return (offset) => starts.filter((start) => start <= offset).length;
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
