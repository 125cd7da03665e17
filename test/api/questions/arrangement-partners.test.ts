import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  groupArrangementPartners,
  pickNamedInitiatives,
} from '../../../src/api/questions/arrangement-partners.js';
import type {
  ForceNode,
  InitiativeNode,
  ParticipationLink,
  PartnerAgencyNode,
} from '../../../src/api/nodes.js';

const initiative = (id: string, name: string, acronym: string | null): InitiativeNode => ({
  id,
  name,
  acronym,
  kind: 'MULTI_AGENCY_ARRANGEMENT',
  description: null,
  curated: true,
  inspectionArea: null,
  problem: null,
  solution: null,
  outcome: null,
  contact: null,
  reportId: null,
  section: null,
  lineStart: null,
  lineEnd: null,
  quote: null,
});
const partner = (id: string, name: string): PartnerAgencyNode => ({
  id,
  name,
  acronym: null,
  aliases: [],
  sector: null,
  kind: null,
  curated: true,
});
const force = (id: string, name: string): ForceNode => ({ id, name, shortName: null, aliases: [] });
const link = (
  reportId: string,
  lineStart: number,
  role: ParticipationLink['role'] = 'MEMBER',
  scope: ParticipationLink['scope'] = 'FORCE',
): ParticipationLink => ({
  reportId,
  section: null,
  lineStart,
  lineEnd: lineStart,
  quote: `line ${lineStart}`,
  role,
  scope,
});

const mash = initiative('initiative/mash', 'Multi-agency safeguarding hub', 'MASH');
const mappa = initiative(
  'initiative/mappa',
  'Multi-agency public protection arrangements',
  'MAPPA',
);
const schools = partner('partner/schools', 'Schools');
const probation = partner('partner/probation', 'Probation service');
const met = force('metropolitan-police', 'Metropolitan Police Service');
const wmp = force('west-midlands-police', 'West Midlands Police');

describe('pickNamedInitiatives', () => {
  it('prefers the initiative whose id was given', () => {
    const byName = initiative('initiative/mash', 'initiative/mash', null);
    assert.deepEqual(pickNamedInitiatives([byName, mash], 'initiative/mash'), [byName, mash]);
    assert.deepEqual(pickNamedInitiatives([mappa, mash], 'initiative/mash'), [mash]);
  });

  it('keeps every name or acronym match when no id matches', () => {
    assert.deepEqual(pickNamedInitiatives([mappa, mash], 'MA'), [mappa, mash]);
    assert.deepEqual(pickNamedInitiatives([], 'MASH'), []);
  });
});

describe('groupArrangementPartners', () => {
  it('gives one entry per arrangement, force and partner, with every statement in report order', () => {
    const groups = groupArrangementPartners([
      { arrangement: mash, partner: schools, force: met, link: link('2017-03-met', 740) },
      { arrangement: mash, partner: schools, force: met, link: link('2017-03-met', 712) },
      { arrangement: mash, partner: schools, force: wmp, link: link('2007-10-wmp', 12) },
    ]);
    assert.deepEqual(
      groups.map((g) => [g.partner.id, g.force?.id, g.links.map((l) => l.lineStart)]),
      [
        ['partner/schools', met.id, [712, 740]],
        ['partner/schools', wmp.id, [12]],
      ],
    );
  });

  it('orders by arrangement, then force (unknown last), then partner, by name', () => {
    const groups = groupArrangementPartners([
      { arrangement: mash, partner: schools, force: null, link: link('r', 1) },
      { arrangement: mash, partner: schools, force: wmp, link: link('r', 2) },
      { arrangement: mash, partner: probation, force: wmp, link: link('r', 3) },
      { arrangement: mappa, partner: schools, force: met, link: link('r', 4) },
    ]);
    assert.deepEqual(
      groups.map((g) => `${g.arrangement.acronym} ${g.force?.id ?? '-'} ${g.partner.name}`),
      [
        'MAPPA metropolitan-police Schools',
        'MASH west-midlands-police Probation service',
        'MASH west-midlands-police Schools',
        'MASH - Schools',
      ],
    );
  });

  it('gives each entry the roles of its statements once, in the order of the role list', () => {
    const [group] = groupArrangementPartners([
      { arrangement: mappa, partner: probation, force: met, link: link('r', 9, 'CHAIR') },
      { arrangement: mappa, partner: probation, force: met, link: link('r', 3, 'MEMBER') },
      { arrangement: mappa, partner: probation, force: met, link: link('s', 1, 'CHAIR') },
    ]);
    assert.deepEqual(group!.roles, ['MEMBER', 'CHAIR']);
    assert.equal(group!.scope, 'FORCE');
  });

  it('files national statements under no force, after the forces’ own', () => {
    const groups = groupArrangementPartners([
      {
        arrangement: mappa,
        partner: probation,
        force: wmp,
        link: link('wmp', 582, 'MEMBER', 'NATIONAL'),
      },
      {
        arrangement: mappa,
        partner: probation,
        force: met,
        link: link('met', 1043, 'MEMBER', 'NATIONAL'),
      },
      { arrangement: mappa, partner: probation, force: met, link: link('met', 1079, 'CHAIR') },
    ]);
    assert.deepEqual(
      groups.map((g) => [
        g.scope,
        g.force?.id ?? null,
        g.links.map((l) => `${l.reportId}:${l.lineStart}`),
      ]),
      [
        ['FORCE', met.id, ['met:1079']],
        ['NATIONAL', null, ['met:1043', 'wmp:582']],
      ],
    );
  });
});
