import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';

interface ArrangementPartnerResult {
  arrangement: { id: string; acronym: string | null };
  partner: { id: string; name: string };
  force: { id: string } | null;
  evidence: { reportId: string; lineStart: number; quote: string }[];
}

const arrangementPartnersQuery = `query($arrangement: String!) {
  arrangementPartners(arrangement: $arrangement) {
    arrangement { id acronym }
    partner { id name }
    force { id }
    evidence { reportId lineStart quote }
  }
}`;

const peel2016 = '2017-03-metropolitan-police-peel-effectiveness-2016';

describe('relational questions over HTTP: partners in multi-agency arrangements', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function askPartners(arrangement: string) {
    const { status, body } = await api.graphql(arrangementPartnersQuery, { arrangement });
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
      partners.map((p) => [p.partner.id, p.force?.id, p.evidence.map((e) => e.lineStart)]),
      [
        ['partner/adult-social-services', 'metropolitan-police', [740]],
        ['partner/childrens-services', 'metropolitan-police', [740]],
      ],
    );
    for (const partner of partners) {
      assert.equal(partner.arrangement.id, 'initiative/multi-agency-safeguarding-hub');
      assert.equal(partner.evidence[0]!.reportId, peel2016);
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

  it('gives one entry per force with every statement, for the MAPPA probation partnership', async () => {
    const probation = (await askPartners('MAPPA')).filter(
      (p) => p.partner.id === 'partner/probation-service',
    );
    // One statement per report, the force's own over the national MAPPA statute that opens the
    // 2007 public protection chapters: Met l.1079 (senior probation officers chair level 2
    // MAPPA meetings) over l.1043, TV l.1046 (a central MAPPA unit jointly funded with
    // probation) over l.1017; WM says it only in the statute (l.582). The 2016 PEEL report saw
    // probation at a Met MAPPA meeting (l.552).
    assert.deepEqual(
      probation.map((p) => [p.force?.id, p.evidence.map((e) => `${e.reportId}:${e.lineStart}`)]),
      [
        ['metropolitan-police', ['2007-10-metropolitan-police-inspection:1079', `${peel2016}:552`]],
        ['thames-valley-police', ['2007-10-thames-valley-police-inspection:1046']],
        ['west-midlands-police', ['2007-10-west-midlands-police-inspection:582']],
      ],
    );
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
