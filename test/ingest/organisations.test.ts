import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAcronymDefinitions } from '../../src/ingest/link/acronyms.js';
import { discoverNames } from '../../src/ingest/link/discovery.js';
import { buildGazetteer } from '../../src/ingest/link/gazetteer.js';
import { recogniseEntities } from '../../src/ingest/link/recognise.js';
import { nameLocalAuthority } from '../../src/ingest/vocabulary/local-authorities.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { getVocabulary, parseSeed } from './harness.js';

/** The entities a sentence names as a report of the force reads it: `label id role`. */
async function recognise(text: string, forceId = 'metropolitan-police'): Promise<string[]> {
  const gazetteer = buildGazetteer({
    vocabulary: await getVocabulary(),
    forceId,
    glossary: [],
    definitions: findAcronymDefinitions(text),
    texts: [text],
  });
  const found = recogniseEntities(text, gazetteer).map(
    (m) => `${m.entity.label} ${m.entity.id}${m.entity.role ? ` ${m.entity.role}` : ''}`,
  );
  return [...new Set(found)].sort();
}

describe('the gazetteer of public bodies and local authorities', () => {
  it('names every council by its usual names, from its place, tier and status', () => {
    assert.deepEqual(nameLocalAuthority({ place: 'Chiltern', tier: 'DISTRICT' }), [
      'Chiltern District Council',
      'Chiltern Council',
    ]);
    assert.deepEqual(nameLocalAuthority({ place: 'Hackney', tier: 'LONDON_BOROUGH' }), [
      'London Borough of Hackney',
      'Hackney London Borough Council',
      'Hackney Council',
    ]);
    assert.deepEqual(
      nameLocalAuthority({ place: 'Bracknell Forest', tier: 'UNITARY', status: 'BOROUGH' }),
      ['Bracknell Forest Borough Council', 'Bracknell Forest Council'],
    );
  });

  it('recognises councils, agencies and NHS bodies the curated list lacks, as partners', async () => {
    assert.deepEqual(
      await recognise(
        'Milton Keynes Council and Chiltern District Council fund the scheme with the DVLA and the South Central Ambulance Service.',
        'thames-valley-police',
      ),
      [
        'PartnerAgency partner/chiltern-district-council PARTNER_AGENCY',
        'PartnerAgency partner/driver-and-vehicle-licensing-agency PARTNER_AGENCY',
        'PartnerAgency partner/milton-keynes-council PARTNER_AGENCY',
        'PartnerAgency partner/south-central-ambulance-service PARTNER_AGENCY',
      ],
    );
  });

  it('keeps renamed bodies apart and links the successor to what it replaced', async () => {
    const vocabulary = await getVocabulary();
    const byId = new Map(vocabulary.entities!.organisations.map((o) => [o.id, o]));
    assert.deepEqual(byId.get('uk-border-agency')!.successorOf, ['border-and-immigration-agency']);
    assert.deepEqual(byId.get('buckinghamshire-county-council')!.successorOf, [
      'aylesbury-vale-district-council',
      'chiltern-district-council',
      'south-bucks-district-council',
      'wycombe-district-council',
    ]);
    assert.deepEqual(byId.get('social-services')!.includes, [
      'childrens-services',
      'adult-social-services',
    ]);
  });
});

describe('roles: what an organisation is to the force', () => {
  it('makes national policing bodies, staff associations and oversight bodies Bodies, not partners', async () => {
    assert.deepEqual(
      await recognise(
        'HMIC consulted the Home Office, the Association of Chief Police Officers, the Police Superintendents’ Association and the Black Police Association.',
      ),
      [
        'Body body/association-of-chief-police-officers NATIONAL_POLICING_BODY',
        'Body body/black-police-association STAFF_ASSOCIATION',
        'Body body/hm-inspectorate-of-constabulary OVERSIGHT_BODY',
        'Body body/home-office OVERSIGHT_BODY',
        'Body body/police-superintendents-association STAFF_ASSOCIATION',
      ],
    );
  });

  it('reads an ACPO lead as the force’s chief officer, not the association', async () => {
    assert.deepEqual(
      await recognise('Any breach of policy is reported to the ACPO lead for public protection.'),
      [],
    );
  });

  it('gives a discovered organisation the role its name states', () => {
    const roles = (text: string) => discoverNames(text).map((d) => `${d.name}: ${d.role}`);
    assert.deepEqual(roles('The Asian Police Association met the Kent Probation Service.'), [
      'Asian Police Association: STAFF_ASSOCIATION',
      'Kent Probation Service: PARTNER_AGENCY',
    ]);
  });

  it('links other forces as forces, including places listed before "forces"', async () => {
    assert.deepEqual(
      await recognise(
        'City of London, Devon and Cornwall, Essex, Gloucestershire and Lancashire forces were unable to provide data.',
      ),
      [
        'Force city-of-london-police',
        'Force devon-and-cornwall-police',
        'Force essex-police',
        'Force gloucestershire-constabulary',
        'Force lancashire-constabulary',
      ],
    );
    assert.deepEqual(await recognise('Essex has a long coastline.'), []);
  });
});

describe('discovered names: one entity, one node', () => {
  const names = (text: string, places?: string[]) =>
    discoverNames(text, places ? { places } : {}).map((d) => `${d.label}:${d.kind}:${d.name}`);

  it('splits a list of BOCUs against the gazetteer of places and completes a short place', () => {
    const places = ['Hammersmith and Fulham', 'Havering', 'Bracknell Forest'];
    assert.deepEqual(
      names('It has improved at Hammersmith and Fulham and Havering BOCUs.', places),
      ['Unit:BCU:Hammersmith and Fulham BOCU', 'Unit:BCU:Havering BOCU'],
    );
    assert.deepEqual(names('At Bracknell LPA there is a pilot.', places), [
      'Unit:LPA:Bracknell Forest LPA',
    ]);
  });

  it('reads lower-case units and groups after an article, but no generic team', () => {
    assert.deepEqual(
      names(
        'The case may be transferred to the telephone investigation bureau, while the specialist teams and a small team look on.',
      ),
      ['Unit:BUREAU:Telephone investigation bureau'],
    );
    assert.deepEqual(names('There is a stop and search monitoring group in each borough.'), [
      'Initiative:FORUM:Stop and search monitoring group',
    ]);
    assert.deepEqual(names('They joined the organised crime groups of the area.'), []);
  });

  it('reads quoted names an initiative word goes with', () => {
    assert.deepEqual(
      names("The force is taking part in the MOPAC-funded 'Gripping the offender' pilot."),
      ['Initiative:PROGRAMME:Gripping the offender'],
    );
    assert.deepEqual(names("It has designed a campaign called 'Be Safe', to help."), [
      'Initiative:PROGRAMME:Be Safe',
    ]);
  });

  it('attaches developing practice to the initiative of the same name', async () => {
    const vocabulary = await getVocabulary();
    const dataset = buildDataset([await parseSeed('2007-10-metropolitan-police.txt')], vocabulary);
    const delphinus = dataset.nodes.filter((n) => /delphinus/i.test(String(n.properties.name)));
    assert.deepEqual(
      delphinus.map((n) => [n.id, n.properties.kind]),
      [['initiative/operation-delphinus', 'DEVELOPING_PRACTICE']],
    );
    assert.ok(delphinus[0]!.properties.problem);
    const payback = dataset.nodes.filter((n) =>
      /community payback/i.test(String(n.properties.name)),
    );
    assert.deepEqual(
      payback.map((n) => n.id),
      ['initiative/community-payback'],
    );
  });
});
