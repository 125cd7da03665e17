import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { buildReportGazetteer } from '../../src/ingest/link/link-report.js';
import { findParticipations } from '../../src/ingest/link/participation.js';
import { getVocabulary, parseSeed } from './harness.js';

/** `partner initiative ROLE SCOPE` for each participation one paragraph states. */
async function readParticipations(text: string, section = 'Findings'): Promise<string[]> {
  const vocabulary = await getVocabulary();
  const paragraph = { text, section, lineStart: 1, lineEnd: 1 };
  const gazetteer = buildReportGazetteer({
    vocabulary,
    forceId: 'metropolitan-police',
    items: [],
    paragraphs: [paragraph],
    glossary: [],
  });
  return findParticipations(paragraph, gazetteer, 'report').map(
    (p) => `${p.partner.id} ${p.initiative.id} ${p.role} ${p.scope}`,
  );
}

describe('participation: who takes part in an arrangement, as one sentence says', () => {
  it('reads the members a sentence places in an arrangement', async () => {
    // West Midlands 2007 l.630 (MARAP): the partners are involved in the meetings.
    assert.deepEqual(
      await readParticipations(
        'A range of partners, including housing, health and mental health, are involved in the MARAP meetings and contribute appropriately to decisions.',
      ),
      [
        'partner/housing-services initiative/multi-agency-risk-assessment-panel MEMBER FORCE',
        'partner/health-services initiative/multi-agency-risk-assessment-panel MEMBER FORCE',
        'partner/mental-health-services initiative/multi-agency-risk-assessment-panel MEMBER FORCE',
      ],
    );
  });

  it('does not make an arrangement listed beside the partners one they take part in', async () => {
    // Thames Valley 2007 l.691: the domestic violence forum is one of the agencies listed.
    assert.deepEqual(
      await readParticipations(
        'The inspection team liaised with a selection of key agencies working in partnership with the force, including the probation service, victim support, social services and the domestic violence forum.',
      ),
      [],
    );
    // Met 2007 l.996: examples of innovation side by side, under any name of the arrangement.
    assert.deepEqual(
      await readParticipations(
        "At BOCU level, the co-location of crisis intervention teams, lay advocates, victim support services, developing 'Sanctuary' projects, together with the multi-agency risk assessment management process (RAMP) focused on 'men of violence', provide some examples of local innovation and good practice.",
      ),
      [],
    );
  });

  it('does not give the partners of one clause the arrangement of an `, alongside` clause', async () => {
    // Met 2007 l.281: the force is represented on the board, not its strategic partners.
    assert.deepEqual(
      await readParticipations(
        'There are strategic partnerships with the GLA, Transport for London (TfL) and the Government Office for London (GOL), alongside representation on the London crime reduction delivery board.',
      ),
      [],
    );
  });

  it('does not read a name that only qualifies a body (`GLA steering group`) as the organisation', async () => {
    // Met 2007 l.982 and Met 2008 l.586: the GLA's steering group, the mental health board.
    assert.deepEqual(
      await readParticipations(
        'It is led by a programme board and is accountable to the London Criminal Justice Board, reporting to the MPS DV board and GLA steering group.',
      ),
      [],
    );
    assert.deepEqual(
      await readParticipations(
        'The unit is represented on the MPS youth crime board and mental health board and works closely with the VCD in TP.',
      ),
      [],
    );
  });

  it('does not place the members of a board in the arrangement the board belongs to', async () => {
    // Met 2007 l.339: the SN programme board, not the SN programme; the ASB and respect board
    // of the second clause has its own members.
    assert.deepEqual(
      await readParticipations(
        'At strategic level the SN programme board contains GLA, MPA and independent members, while many of the operational elements of Neighbourhood Policing are dealt with at an ASB and respect board that includes members from the GLA, TfL, youth justice board and London Fire Brigade.',
      ),
      [
        'partner/greater-london-authority initiative/asb-and-respect-board MEMBER FORCE',
        'partner/transport-for-london initiative/asb-and-respect-board MEMBER FORCE',
        'partner/youth-justice-board initiative/asb-and-respect-board MEMBER FORCE',
        'partner/london-fire-brigade initiative/asb-and-respect-board MEMBER FORCE',
      ],
    );
  });

  it('does not hand the attendees of an unnamed board to the arrangement named before', async () => {
    // Met 2007 l.292: "A programme board" is attended, not "the SN programme".
    assert.deepEqual(
      await readParticipations(
        'The SN programme is being managed and driven as a major strand of the MPS modernisation programme. A programme board steers the delivery of the programme attended by representatives of all relevant MPS directorates along with the MPA, GLA and an independent challenge representative.',
      ),
      [],
    );
    // The back-reference itself still works (PEEL 2016 l.552).
    assert.deepEqual(
      await readParticipations(
        'We attended a MAPPA meeting and observed that there was evidence of effective joint working. The conference was well-attended by partners including: probation; health; and housing.',
      ),
      [
        'partner/probation-service initiative/multi-agency-public-protection-arrangements MEMBER FORCE',
        'partner/health-services initiative/multi-agency-public-protection-arrangements MEMBER FORCE',
        'partner/housing-services initiative/multi-agency-public-protection-arrangements MEMBER FORCE',
      ],
    );
  });

  it('reads the role in the clause of the partner, not anywhere in the sentence', async () => {
    // Met 2007 l.500: London Probation launches the project; NOMS and the ESF fund it.
    const links = await readParticipations(
      '- London Probation is currently launching Working Skills for London – a £6 million project funded by the National Offender Management Service (NOMS) and the European Social Fund (ESF) to improve the employability of offenders across London.',
    );
    assert.ok(
      links.includes('partner/london-probation initiative/working-skills-for-london LEAD FORCE'),
      links.join('\n'),
    );
    assert.ok(
      links.includes(
        'partner/national-offender-management-service initiative/working-skills-for-london FUNDER FORCE',
      ),
      links.join('\n'),
    );
  });

  it('does not make the agencies a relative clause names for what the arrangement does participants', async () => {
    // PEEL l.911: the partnership is between the force, the GLA and MOPAC; hospitals give data.
    const links = await readParticipations(
      "'Information sharing to tackle violence' is a two-year partnership between the force, the Greater London Authority and MOPAC which collects anonymised assault data from hospitals to get a more accurate picture of violence in London and target problem locations accordingly.",
    );
    assert.deepEqual(links, [
      'partner/greater-london-authority initiative/information-sharing-to-tackle-violence MEMBER FORCE',
    ]);
  });
});

/** `partner initiative ROLE SCOPE l.<line>` for every participation of a seed report. */
async function participationsOf(sourceFile: string): Promise<string[]> {
  const dataset = buildDataset([await parseSeed(sourceFile)], await getVocabulary());
  return dataset.relationships
    .filter((r) => r.type === 'PARTICIPATES_IN')
    .map(
      (r) =>
        `${r.from} ${r.to} ${String(r.properties.role)} ${String(r.properties.scope)} l.${String(r.properties.lineStart)}`,
    );
}

describe('participation in a report, through ingestion', () => {
  it('reads a footnote about an arrangement as national, opening on the agencies involved', async () => {
    // PEEL footnote 25 (l.572): "Multi-agency public protection arrangements (MAPPAs) are in
    // place to … Agencies involved include as responsible bodies the police, probation trusts
    // and prison service. …"
    const links = await participationsOf('2017-03-metropolitan-police-peel-effectiveness-2016.txt');
    const mappa = 'initiative/multi-agency-public-protection-arrangements';
    for (const partner of ['partner/prison-service', 'partner/probation-service'])
      assert.ok(links.includes(`${partner} ${mappa} MEMBER NATIONAL l.572`), links.join('\n'));
  });

  it('keeps a national and a force statement of one pair as two links', async () => {
    // Met 2007 l.1043, National contextual factors: "… requiring the police and probation
    // services to work together as the Responsible Authority …"; and the force's own MAPPA.
    const links = await participationsOf('2007-10-metropolitan-police.txt');
    const pair = 'partner/probation-service initiative/multi-agency-public-protection-arrangements';
    const scopes = links.filter((l) => l.startsWith(`${pair} `)).map((l) => l.split(' ')[3]);
    assert.deepEqual(scopes.sort(), ['FORCE', 'NATIONAL'], links.join('\n'));
  });
});
