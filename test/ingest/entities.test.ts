import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAcronymDefinitions, type AcronymDefinition } from '../../src/ingest/link/acronyms.js';
import { discoverNames } from '../../src/ingest/link/discovery.js';
import { buildGazetteer } from '../../src/ingest/link/gazetteer.js';
import {
  compilePhrase,
  createPhraseIndex,
  findPhraseMatches,
} from '../../src/ingest/text/phrases.js';
import { recogniseEntities } from '../../src/ingest/link/recognise.js';
import { maxQuoteLength, quoteAround } from '../../src/ingest/text/quote.js';
import { splitSentences } from '../../src/ingest/text/sentences.js';
import { getVocabulary } from './harness.js';

/** Entity ids a sentence names, as a report of `forceId` with this glossary reads it. */
async function recognise(
  text: string,
  forceId = 'metropolitan-police',
  glossary: AcronymDefinition[] = [],
): Promise<string[]> {
  const gazetteer = buildGazetteer({
    vocabulary: await getVocabulary(),
    forceId,
    glossary,
    definitions: findAcronymDefinitions(text),
    texts: [text],
  });
  return [...new Set(recogniseEntities(text, gazetteer).map((m) => m.entity.id))].sort();
}

describe('recogniseEntities on sentences from the reports', () => {
  it('recognises curated names, acronyms and plurals', async () => {
    assert.deepEqual(
      await recognise(
        'Each borough has multi-agency public protection arrangements (MAPPAs) in place.',
      ),
      ['initiative/multi-agency-public-protection-arrangements'],
    );
    assert.deepEqual(
      await recognise(
        'Specialist DV courts have been established in Oxford and Milton Keynes, and the CPS has become involved in the project.',
        'thames-valley-police',
      ),
      ['initiative/specialist-domestic-violence-court', 'partner/crown-prosecution-service'],
    );
    assert.deepEqual(
      await recognise(
        'MARACs have been established across the force area.',
        'thames-valley-police',
      ),
      ['initiative/multi-agency-risk-assessment-conference'],
    );
  });

  it('prefers the longest name where names overlap', async () => {
    assert.deepEqual(
      await recognise(
        'There have been no major changes to the Metropolitan Police Authority (MPA).',
      ),
      ['body/metropolitan-police-authority'],
    );
    assert.deepEqual(
      await recognise(
        'With the advent of the Metropolitan Police Intelligence Bureau (MIB), the MPS now has the opportunity.',
      ),
      ['metropolitan-police', 'unit/metropolitan-police/metropolitan-intelligence-bureau'],
    );
  });

  it('reads a weak name such as health or housing only in a sentence about partners', async () => {
    assert.deepEqual(
      await recognise(
        'These agencies include health, housing, education, social services, youth offending teams, Jobcentre Plus, and electronic monitoring services.',
      ),
      [
        'partner/education-services',
        'partner/electronic-monitoring-services',
        'partner/health-services',
        'partner/housing-services',
        'partner/jobcentre-plus',
        'partner/social-services',
        'partner/youth-offending-teams',
      ],
    );
    assert.deepEqual(
      await recognise(
        'All child abuse investigation command (CAIC) staff have a one-to-one mandatory occupational health interview on an annual basis.',
      ),
      ['unit/metropolitan-police/child-abuse-investigation-command'],
    );
    assert.deepEqual(
      await recognise(
        'The force needs to assure itself that mental health incidents are being flagged by MetCC as far as possible.',
      ),
      ['unit/metropolitan-police/metropolitan-communications-command'],
    );
  });

  it('takes no grade, generic noun or sentence-initial capital for a name', async () => {
    for (const sentence of [
      'Fair is the delivery of an acceptable level of service, which meets national threshold standards where these exist.',
      'The unit also monitors positive comments about service delivery to help the force learn.',
      'Specialist teams investigate offences involving vulnerability and safeguarding.',
      'Each BCU has a crime scrutineer who reviews incidents and investigations.',
      'Branches and OCUs within all other MPS departments also have negotiated targets.',
    ])
      assert.deepEqual(
        (await recognise(sentence)).filter((id) => id !== 'metropolitan-police'),
        [],
        sentence,
      );
  });

  it('ignores names inside web addresses and the titles of Acts', async () => {
    assert.deepEqual(
      await recognise(
        'It is unclear how cost informs decision making (see also www.tvpa.police.uk/finance/pdf/Council_tax_07_08.pdf).',
      ),
      [],
    );
    assert.deepEqual(
      await recognise(
        'The Criminal Justice and Courts Services Act 2000 led to the formation of the Multi-Agency Public Protection Arrangements.',
      ),
      ['initiative/multi-agency-public-protection-arrangements'],
    );
  });

  it('matches acronyms and system names only as printed', async () => {
    assert.deepEqual(await recognise('The SO department has a small inspection team.'), [
      'unit/metropolitan-police/specialist-operations',
    ]);
    assert.deepEqual(await recognise('This is so for every borough.'), []);
    assert.deepEqual(
      await recognise(
        'COMPACT is an effective means of managing missing persons enquiries.',
        'west-midlands-police',
      ),
      ['initiative/compact'],
    );
    assert.deepEqual(
      await recognise('The team is compact and well led.', 'west-midlands-police'),
      [],
    );
  });

  it('knows a force’s own units only in that force’s reports', async () => {
    const sentence = 'Jigsaw teams are in the process of completing assessments on their RSOs.';
    assert.deepEqual(await recognise(sentence), ['unit/metropolitan-police/jigsaw']);
    assert.deepEqual(await recognise(sentence, 'thames-valley-police'), []);
    assert.deepEqual(
      await recognise(
        'Each BCU now has its own dedicated public protection unit (PPU).',
        'kent-police',
      ),
      ['unit/kent-police/public-protection-unit'],
    );
  });

  it('lets the report’s glossary redefine or add an acronym', async () => {
    const sentence = 'There is no mandatory training requirement for PPOs.';
    assert.deepEqual(await recognise('The PPO scheme is well run.', 'west-midlands-police'), [
      'initiative/prolific-and-priority-offender-scheme',
    ]);
    // PPOs are people (prolific offenders, or public protection officers): not the scheme.
    assert.deepEqual(await recognise(sentence, 'west-midlands-police'), []);
    assert.deepEqual(
      await recognise(sentence, 'thames-valley-police', [
        { acronym: 'PPO', expansion: 'Public Protection Officer' },
      ]),
      [],
    );
    assert.deepEqual(
      await recognise('Bail is recorded by the CRED.', 'kent-police', [
        { acronym: 'CRED', expansion: 'Control Rooms and Enquiries Department' },
      ]),
      ['unit/kent-police/control-rooms-and-enquiries-department'],
    );
  });
});

describe('discoverNames', () => {
  const names = (text: string): string[] =>
    discoverNames(text).map((d) => `${d.label}:${d.kind}:${d.name}`);

  it('reads operations, projects and capitalised names ending in a head word', () => {
    assert.deepEqual(
      names(
        'It routinely reviews the operations it introduced (called Operation Teal and Operation Viper respectively).',
      ),
      ['Initiative:OPERATION:Operation Teal', 'Initiative:OPERATION:Operation Viper'],
    );
    assert.deepEqual(
      names('The Victim and Witness Action Delivery Board monitors the actions of agencies.'),
      ['Initiative:MULTI_AGENCY_ARRANGEMENT:Victim and Witness Action Delivery Board'],
    );
    assert.deepEqual(
      names('In the early stages, Milton Keynes Council decided not to contribute.'),
      ['PartnerAgency:LOCAL_GOVERNMENT:Milton Keynes Council'],
    );
    assert.deepEqual(names('At Bracknell LPA there is a pilot project.'), [
      'Unit:LPA:Bracknell LPA',
    ]);
  });

  it('leaves out generic nouns, determiners and names inside longer names', () => {
    for (const text of [
      'Branches and OCUs within all other MPS departments also have negotiated targets.',
      'Each BCU/OCU and department have delivery plans.',
      'Some BCUs have co-located CAIU teams with DV officers.',
      'The Government Agency Information Network (GAIN) is a large network of partners.',
      'Project management principles were used.',
      'The (B)OCU commander commendations are awarded.',
    ])
      assert.deepEqual(names(text), [], text);
  });
});

describe('findAcronymDefinitions', () => {
  it('reads an acronym from the initials of the words before it', () => {
    const found = (text: string) =>
      findAcronymDefinitions(text).map((d) => `${d.acronym}=${d.expansion}`);
    assert.deepEqual(
      found('All Merlin reports go to the multi-agency safeguarding hub (MASH) for assessment.'),
      ['MASH=multi-agency safeguarding hub'],
    );
    assert.deepEqual(
      found('Staff within the Metropolitan Communications Command (MetCC) have access.'),
      ['MetCC=Metropolitan Communications Command'],
    );
    assert.deepEqual(found('Guidance on the management of police information (MoPI) applies.'), [
      'MoPI=management of police information',
    ]);
    assert.deepEqual(found('Decisions go to the Co-ordination and Tasking Office (CaTO).'), [
      'CaTO=Co-ordination and Tasking Office',
    ]);
    assert.deepEqual(found('The force used (MASH) as shorthand.'), []);
  });
});

describe('phrases and sentences', () => {
  const match = (cue: string, text: string): string[] =>
    findPhraseMatches(text, createPhraseIndex([{ source: cue, value: cue }])).map((m) =>
      text.slice(m.start, m.end),
    );

  it('matches plurals, word prefixes, hyphens and case as the vocabulary says', () => {
    assert.deepEqual(match('local authority', 'Local authorities and the local authority'), [
      'Local authorities',
      'local authority',
    ]);
    assert.deepEqual(match('problem solv*', 'problem-solving and problem solvers'), [
      'problem-solving',
      'problem solvers',
    ]);
    assert.deepEqual(match('IT', 'IT systems, it is'), ['IT']);
    assert.deepEqual(match('risk assessment', 'risk, assessment'), []);
    assert.equal(compilePhrase('   '), undefined);
  });

  it('splits sentences but not after eg., i.e. or an initial', () => {
    const text =
      'Some areas (eg. Oxford) are coterminous. The DCI T. Price leads, i.e. he chairs. Risk is reviewed.';
    assert.deepEqual(
      splitSentences(text).map((s) => s.text),
      [
        'Some areas (eg. Oxford) are coterminous.',
        'The DCI T. Price leads, i.e. he chairs.',
        'Risk is reviewed.',
      ],
    );
  });

  it('quotes a long sentence as an exact window around the match', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} MASH ${words}.`;
    const [sentence] = splitSentences(text);
    const at = text.indexOf('MASH');
    const quote = quoteAround(sentence!.text, at - sentence!.start, at + 4 - sentence!.start);
    assert.ok(quote.length <= maxQuoteLength && quote.includes('MASH') && text.includes(quote));
  });
});
