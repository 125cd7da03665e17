import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';

interface ArrangementPartnerResult {
  arrangement: { id: string; acronym: string | null };
  partner: { id: string; name: string };
  force: { id: string } | null;
  scope: string;
  roles: string[];
  evidence: { report: { id: string }; lines: { start: number }; quote: string }[];
}

const arrangementPartnersQuery = `query($arrangement: String!, $roles: [ParticipationRole!], $scopes: [ParticipationScope!]) {
  arrangementPartners(arrangement: $arrangement, roles: $roles, scopes: $scopes) {
    arrangement { id acronym }
    partner { id name }
    force { id }
    scope
    roles
    evidence { report { id } lines { start } quote }
  }
}`;

/** `report:line` of each statement. */
const statements = (p: ArrangementPartnerResult): string[] =>
  p.evidence.map((e) => `${e.report.id}:${e.lines.start}`);

const peel2016 = '2017-03-metropolitan-police-peel-effectiveness-2016';

describe('relational questions over HTTP: partners in multi-agency arrangements', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function askPartners(
    arrangement: string,
    selection: { roles?: string[]; scopes?: string[] } = {},
  ) {
    const { status, body } = await api.graphql(arrangementPartnersQuery, {
      arrangement,
      ...selection,
    });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    return body.data!.arrangementPartners as ArrangementPartnerResult[];
  }

  it('places children’s services and adult social services in the MASH, as the 2016 PEEL report does', async () => {
    const partners = await askPartners('MASH');
    // l.740: MASH units make "referrals into children services, and, in some boroughs, adults'
    // services". Schools are not partners: information "is shared with schools through the
    // MASH structure" (l.712), they receive it.
    assert.deepEqual(
      partners.map((p) => [p.partner.id, p.force?.id, p.scope, statements(p)]),
      [
        ['partner/adult-social-services', 'metropolitan-police', 'FORCE', [`${peel2016}:740`]],
        ['partner/childrens-services', 'metropolitan-police', 'FORCE', [`${peel2016}:740`]],
      ],
    );
    for (const partner of partners) {
      assert.equal(partner.arrangement.id, 'initiative/multi-agency-safeguarding-hub');
      assert.deepEqual(partner.roles, ['RECEIVES_REFERRALS']);
      assert.match(partner.evidence[0]!.quote, /MASH/);
    }
  });

  it('knows the arrangement by id, name or acronym in any letter case', async () => {
    const byAcronym = await askPartners('MASH');
    for (const name of [
      'mash',
      '  Mash ',
      'Multi-agency safeguarding hub',
      'initiative/multi-agency-safeguarding-hub',
    ])
      assert.deepEqual(await askPartners(name), byAcronym, name);
  });

  it('gives one entry per force with every statement and its roles, for the MAPPA probation partnership', async () => {
    const probation = (await askPartners('MAPPA')).filter(
      (p) => p.partner.id === 'partner/probation-service',
    );
    // By default the members of the forces' own arrangements: Met l.1079 (senior probation
    // officers chair level 2 MAPPA meetings) and the 2016 PEEL report, which saw probation at
    // a Met MAPPA meeting (l.552). Thames Valley's MAPPA unit is "jointly funded with
    // probation" (l.1046): a funding statement, and West Midlands names probation only in the
    // national MAPPA statute (l.582): neither is counted by default.
    assert.deepEqual(
      probation.map((p) => [p.force?.id, p.scope, p.roles, statements(p)]),
      [
        [
          'metropolitan-police',
          'FORCE',
          ['MEMBER', 'CHAIR'],
          ['2007-10-metropolitan-police-inspection:1079', `${peel2016}:552`],
        ],
      ],
    );
  });

  it('widens the answer to funders with `roles` and to national descriptions with `scopes`', async () => {
    const probation = (
      await askPartners('MAPPA', {
        roles: ['MEMBER', 'CHAIR', 'LEAD', 'FUNDER', 'CO_LOCATED', 'RECEIVES_REFERRALS'],
        scopes: ['FORCE', 'NATIONAL'],
      })
    ).filter((p) => p.partner.id === 'partner/probation-service');
    // The statute is attributed to no force (the 2007 reports print it for every force, l.1043,
    // l.1017, l.582, and the PEEL report explains it in footnote 25, l.572); a report's national
    // statement and its force's own are two links (one per partner, arrangement, report and
    // scope).
    assert.deepEqual(
      probation.map((p) => [p.force?.id ?? null, p.scope, p.roles, statements(p)]),
      [
        [
          'metropolitan-police',
          'FORCE',
          ['MEMBER', 'CHAIR'],
          ['2007-10-metropolitan-police-inspection:1079', `${peel2016}:552`],
        ],
        [
          'thames-valley-police',
          'FORCE',
          ['FUNDER'],
          ['2007-10-thames-valley-police-inspection:1046'],
        ],
        [
          null,
          'NATIONAL',
          ['MEMBER'],
          [
            '2007-10-metropolitan-police-inspection:1043',
            '2007-10-thames-valley-police-inspection:1017',
            '2007-10-west-midlands-police-inspection:582',
            `${peel2016}:572`,
          ],
        ],
      ],
    );
    const onlyFunders = await askPartners('MAPPA', { roles: ['FUNDER'] });
    assert.ok(onlyFunders.length > 0);
    for (const partner of onlyFunders) assert.deepEqual(partner.roles, ['FUNDER']);
    assert.deepEqual(await askPartners('MAPPA', { roles: [] }), []);
    assert.deepEqual(await askPartners('MAPPA', { scopes: [] }), []);
  });

  it('rejects a role that is not one with a coded error', async () => {
    const { status, body } = await api.graphql(arrangementPartnersQuery, {
      arrangement: 'MAPPA',
      roles: ['SPONSOR'],
    });
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('answers an arrangement that is known but has no partners recorded with a list, not an error', async () => {
    const partners = await askPartners('MARAC');
    for (const partner of partners) assert.equal(partner.arrangement.acronym, 'MARAC');
  });

  it('answers a name that matches no arrangement with NOT_FOUND, and a blank one with BAD_USER_INPUT', async () => {
    const unknown = await api.graphql(arrangementPartnersQuery, { arrangement: 'MASHH' });
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(unknown.body.data, null);
    const blank = await api.graphql(arrangementPartnersQuery, { arrangement: '  ' });
    assert.equal(blank.status, 400);
    assert.equal(blank.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('treats an injection-looking name as text', async () => {
    const { body } = await api.graphql(arrangementPartnersQuery, {
      arrangement: "MASH' OR 1=1 //",
    });
    assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });
});
