import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitKinds } from '../../../src/domain/entity-kinds.js';
import { vocabularyDir } from '../../../src/paths.js';
import { expectedPractice } from '../../fixtures/developing-practice.expected.js';
import { expectedEntities } from '../../fixtures/entities.expected.js';
import { expectedTopics } from '../../fixtures/topics.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import {
  assertIncludesAll,
  assertOrderedBy,
  compareCodeUnits,
  reportOfFile,
  seedReports,
} from './seed-graph.js';

/** Each (partner, initiative) pair the fixtures say a report states, with its report id. */
const participations = expectedEntities.flatMap((entities) =>
  entities.participations.map((p) => ({ ...p, reportId: reportOfFile(entities.sourceFile).id })),
);

interface CuratedTopic {
  id: string;
  name: string;
  description: string;
}

/** A file of the curated vocabulary (seed/vocabulary/). */
function readVocabulary<T>(file: string): T {
  return JSON.parse(readFileSync(join(vocabularyDir, file), 'utf8')) as T;
}

/** The curated topic taxonomy; every topic of it is a node, id `topic/<id>`. */
function readTopicVocabulary(): CuratedTopic[] {
  return readVocabulary<{ topics: CuratedTopic[] }>('topics.json').topics;
}

/**
 * Initiatives named "Operation …" that the fixtures find in the graph: those an item of a
 * report names (a discovered name becomes a node when something links to it).
 */
const mentionedOperations = [
  ...new Set(
    expectedEntities.flatMap((entities) =>
      entities.mentions.flatMap((m) =>
        m.entities.filter((id) => id.startsWith('initiative/operation-')),
      ),
    ),
  ),
];

interface BodyRow {
  id: string;
  name: string;
  role: string;
  curated: boolean;
  mentionedBy: { totalCount: number; nodes: { source: { __typename: string; id: string } }[] };
}

interface Participation {
  partner: { id: string };
  initiative: { id: string };
  role: string;
  scope: string;
  evidence: { reportId: string; quote: string };
}

/** A page of a connection, as these operations select it. */
interface Nodes<T> {
  nodes: T[];
}

interface AllPartners {
  partnerAgencies: Nodes<{
    id: string;
    name: string;
    initiatives: { id: string }[];
    participation: Participation[];
  }>;
}

interface FilteredPartners {
  criminalJustice: Nodes<{ id: string; sector: string }>;
  prosecution: Nodes<{ id: string; name: string; acronym: string | null; aliases: string[] }>;
}

interface Arrangements {
  initiatives: Nodes<{
    id: string;
    kind: string;
    curated: boolean;
    partners: { id: string }[];
    participation: Participation[];
  }> & { totalCount: number };
}

interface Operations {
  initiatives: Nodes<{
    id: string;
    name: string;
    kind: string;
    curated: boolean;
    report: { id: string } | null;
  }>;
}

interface Discovered {
  initiative: {
    curated: boolean;
    kind: string;
    evidence: { reportId: string } | null;
    mentionedBy: Nodes<{
      item: { __typename: string };
      evidence: { report: { id: string }; quote: string };
    }>;
  };
}

interface Mash {
  initiative: {
    id: string;
    name: string;
    acronym: string;
    kind: string;
    description: string;
    curated: boolean;
    evidence: null;
    report: null;
    partners: { id: string; name: string }[];
    participation: Participation[];
  };
}

interface Practice {
  initiatives: Nodes<{
    name: string;
    curated: boolean;
    report: { id: string };
    theme: { id: string } | null;
    forces: { id: string }[];
  }>;
}

interface UnitRow {
  id: string;
  name: string;
  kind: string | null;
  curated: boolean;
  force: { id: string } | null;
}

const unitSelection = 'id name kind curated force { id }';

/** The unit kinds in groups of fewer than 100 units each on the seed graph (TEAM 56, UNIT 59). */
const unitKindGroups: readonly (readonly string[])[] = [
  ['TEAM'],
  ['UNIT'],
  unitKinds.filter((kind) => kind !== 'TEAM' && kind !== 'UNIT'),
];

interface AllUnits {
  units: { totalCount: number };
  thamesValley: Nodes<{ id: string; force: { id: string } }>;
  /** One page per group of unit kinds (`unitKindGroups`): cursors name the graph version, so
   * a fixed operation cannot hold one; split by kind, each page holds whole kinds. */
  [group: `group${number}`]: Nodes<UnitRow> & { totalCount: number };
}

const mash = 'initiative/multi-agency-safeguarding-hub';

/** The Relay shape of a page: edges with cursors, and where the next page starts. */
const edges = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';

interface ConnectionPage {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** The initiatives the fixtures place partners in. */
const participatedIn = [...new Set(participations.map((p) => p.initiative))];

export const entityOperations: readonly ConformanceOperation[] = [
  checkOperation<AllPartners>({
    name: 'partnerAgencies: every partner the reports place in an arrangement, with the initiative and the sentence that says so',
    query: `{
      partnerAgencies(filter: { initiativeIds: ${JSON.stringify(participatedIn)} }, first: 50) { nodes {
        id name initiatives { id }
        participation { partner { id } initiative { id } role scope evidence { reportId quote } }
      } }
    }`,
    check: (data) => {
      const partnerAgencies = data.partnerAgencies.nodes;
      assertOrderedBy(partnerAgencies, (p) => p.name, 'partner agencies by name');
      for (const want of participations) {
        const where = `${want.partner} in ${want.initiative} (${want.reportId})`;
        const partner = partnerAgencies.find((p) => p.id === want.partner);
        assert.ok(partner, `${want.partner} is listed`);
        assertIncludesAll(
          partner.initiatives.map((i) => i.id),
          [want.initiative],
          where,
        );
        const link = partner.participation.find(
          (p) =>
            p.initiative.id === want.initiative &&
            p.evidence.reportId === want.reportId &&
            p.evidence.quote.includes(want.quoteIncludes),
        );
        assert.ok(link, `${where}: quote with "${want.quoteIncludes}"`);
        assert.equal(link.partner.id, want.partner);
        if (want.role) assert.equal(link.role, want.role, `${where}: role`);
        if (want.scope) assert.equal(link.scope, want.scope, `${where}: scope`);
      }
    },
  }),
  checkOperation<FilteredPartners>({
    name: 'partnerAgencies: filters by sector and by text in the name, acronym or aliases',
    query: `{
      criminalJustice: partnerAgencies(filter: { sectors: [CRIMINAL_JUSTICE] }, first: 100) { nodes { id sector } }
      prosecution: partnerAgencies(filter: { nameContains: "PROSECUTION" }) { nodes { id name acronym aliases } }
    }`,
    check: (data) => {
      const [criminalJustice, prosecution] = [data.criminalJustice.nodes, data.prosecution.nodes];
      assert.ok(criminalJustice.every((p) => p.sector === 'CRIMINAL_JUSTICE'));
      assertIncludesAll(
        criminalJustice.map((p) => p.id),
        [
          'crown-prosecution-service',
          'probation-service',
          'prison-service',
          'youth-offending-teams',
        ].map((id) => `partner/${id}`),
        'criminal justice partners the reports name',
      );
      assertIncludesAll(
        prosecution.map((p) => p.id),
        ['partner/crown-prosecution-service'],
        'search "PROSECUTION"',
      );
      for (const partner of prosecution) {
        const texts = [partner.name, partner.acronym ?? '', ...partner.aliases];
        assert.ok(
          texts.some((text) => text.toLowerCase().includes('prosecution')),
          partner.id,
        );
      }
    },
  }),
  {
    name: 'partnerAgency: the Crown Prosecution Service as the vocabulary curates it',
    query: `{
      partnerAgency(id: "partner/crown-prosecution-service") { id name acronym sector curated }
      missing: partnerAgency(id: "partner/nobody") { id }
    }`,
    data: {
      partnerAgency: {
        id: 'partner/crown-prosecution-service',
        name: 'Crown Prosecution Service',
        acronym: 'CPS',
        sector: 'CRIMINAL_JUSTICE',
        curated: true,
      },
      missing: null,
    },
  },
  checkOperation<Arrangements>({
    name: 'initiatives: multi-agency arrangements with the partners the reports place in them',
    query: `{
      initiatives(filter: { kinds: [MULTI_AGENCY_ARRANGEMENT] }, first: 50) { totalCount nodes {
        id kind curated partners { id }
        participation { partner { id } initiative { id } role scope evidence { reportId quote } }
      } }
    }`,
    check: (data) => {
      const initiatives = data.initiatives.nodes;
      assert.equal(
        data.initiatives.totalCount,
        initiatives.length,
        'every arrangement on one page',
      );
      assert.ok(initiatives.every((i) => i.kind === 'MULTI_AGENCY_ARRANGEMENT'));
      const arrangements = new Set(
        readVocabulary<{ initiatives: { id: string; kind: string }[] }>('initiatives.json')
          .initiatives.filter((i) => i.kind === 'MULTI_AGENCY_ARRANGEMENT')
          .map((i) => `initiative/${i.id}`),
      );
      for (const want of participations.filter((p) => arrangements.has(p.initiative))) {
        const initiative = initiatives.find((i) => i.id === want.initiative);
        assert.ok(initiative, `${want.initiative} is listed`);
        assertIncludesAll(
          initiative.partners.map((p) => p.id),
          [want.partner],
          want.initiative,
        );
        assert.ok(
          initiative.participation.some(
            (p) =>
              p.partner.id === want.partner &&
              p.initiative.id === want.initiative &&
              p.evidence.reportId === want.reportId,
          ),
          `${want.partner} in ${want.initiative} stated by ${want.reportId}`,
        );
      }
    },
  }),
  checkOperation<Operations>({
    name: 'initiatives: finds initiatives by text in their name, discovered operations and developing practice alike',
    query:
      '{ initiatives(filter: { nameContains: "OPERATION" }, first: 100) { nodes { id name kind curated report { id } } } }',
    check: (data) => {
      const initiatives = data.initiatives.nodes;
      assert.ok(
        initiatives.every((i) => i.name.toLowerCase().includes('operation')),
        'every name matches',
      );
      assertIncludesAll(
        initiatives.map((i) => i.id),
        mentionedOperations,
        'operations items name',
      );
      for (const id of mentionedOperations) {
        const initiative = initiatives.find((i) => i.id === id)!;
        assert.deepEqual([initiative.kind, initiative.curated], ['OPERATION', false], id);
      }
      const practice = expectedPractice.flatMap((p) =>
        p.items
          .filter((item) => /operation/i.test(item.title))
          .map((item) => `${p.reportId}: ${item.title}`),
      );
      assertIncludesAll(
        initiatives.filter((i) => i.report !== null).map((i) => `${i.report!.id}: ${i.name}`),
        practice,
        'developing practice named "operation"',
      );
      assertOrderedBy(initiatives, (i) => i.name, 'initiatives by name');
    },
  }),
  checkOperation<Discovered>({
    name: 'initiative: developing practice and the operation of the same name are one node',
    query: `{ initiative(id: "initiative/operation-delphinus") {
      curated kind evidence { reportId }
      mentionedBy(first: 100) { nodes { item { __typename } evidence { report { id } quote } } }
    } }`,
    check: ({ initiative }) => {
      assert.equal(initiative.curated, false);
      assert.equal(initiative.kind, 'DEVELOPING_PRACTICE');
      assert.equal(initiative.evidence?.reportId, '2007-10-metropolitan-police-inspection');
      for (const source of initiative.mentionedBy.nodes) {
        assert.equal(source.evidence.report.id, '2007-10-metropolitan-police-inspection');
        assert.match(source.evidence.quote, /Delphinus/);
      }
    },
  }),
  checkOperation<{
    bodies: { totalCount: number; nodes: BodyRow[] };
    acpo: {
      nodes: { id: string }[];
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    body: BodyRow | null;
    partner: { id: string } | null;
  }>({
    name: 'bodies: organisations that are not partners, by role or a part of their name, and never among the partner agencies',
    query: `{
      bodies(filter: { roles: [OVERSIGHT_BODY, NATIONAL_POLICING_BODY] }, first: 100) { totalCount nodes { id name role curated mentionedBy(first: 2) { totalCount nodes { source { __typename ... on Node { id } } } } } }
      acpo: bodies(filter: { nameContains: "chief police officers" }, first: 1) {
        nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor }
      }
      body(id: "body/home-office") { id name role curated mentionedBy(first: 100) { totalCount nodes { source { __typename ... on Node { id } } } } }
      partner: partnerAgency(id: "partner/home-office") { id }
    }`,
    check: ({ bodies: page, acpo, body, partner }) => {
      const bodies = page.nodes;
      assert.equal(page.totalCount, bodies.length);
      assert.deepEqual(
        acpo.nodes.map((b) => b.id),
        ['body/association-of-chief-police-officers'],
      );
      assert.deepEqual(acpo.edges[0]!.node, acpo.nodes[0]);
      assert.equal(acpo.pageInfo.endCursor, acpo.edges[0]!.cursor);
      assert.ok(bodies.every((b) => ['OVERSIGHT_BODY', 'NATIONAL_POLICING_BODY'].includes(b.role)));
      assertIncludesAll(
        bodies.map((b) => b.id),
        ['body/home-office', 'body/association-of-chief-police-officers'],
        'oversight and national policing bodies',
      );
      assertOrderedBy(bodies, (b) => b.name, 'bodies by name');
      assert.deepEqual([body?.id, body?.role], ['body/home-office', 'OVERSIGHT_BODY']);
      assert.equal(partner, null, 'the Home Office is not a partner agency');
      // Reports name the Home Office (e.g. the Met 2007 inspection); mentionedBy is a connection.
      assert.ok(body!.mentionedBy.totalCount > 0);
      assert.equal(body!.mentionedBy.nodes.length, Math.min(body!.mentionedBy.totalCount, 100));
      for (const { source } of body!.mentionedBy.nodes)
        assert.ok(
          ['Finding', 'Recommendation', 'Initiative', 'Passage'].includes(source.__typename),
        );
      assert.ok(bodies.every((b) => b.mentionedBy.nodes.length <= 2));
    },
  }),
  checkOperation<Mash>({
    name: 'initiative: the MASH as curated, with every partner the PEEL report places in it',
    query: `query ($id: ID!) {
      initiative(id: $id) {
        id name acronym kind description curated evidence { reportId } report { id }
        partners { id name }
        participation { partner { id } initiative { id } role scope evidence { reportId quote } }
      }
    }`,
    variables: { id: mash },
    check: ({ initiative }) => {
      assert.deepEqual(
        [initiative.name, initiative.acronym, initiative.kind, initiative.curated],
        ['Multi-agency safeguarding hub', 'MASH', 'MULTI_AGENCY_ARRANGEMENT', true],
      );
      assert.match(initiative.description, /^Safeguarding agencies brought together in one place/);
      assert.equal(initiative.evidence, null, 'a vocabulary entry is not presented by a report');
      assert.equal(initiative.report, null);
      assertIncludesAll(
        initiative.partners.map((p) => p.id),
        participations.filter((p) => p.initiative === mash).map((p) => p.partner),
        'MASH partners',
      );
      assertOrderedBy(initiative.partners, (p) => p.name, 'partners by name');
      assert.equal(
        new Set(initiative.partners.map((p) => p.id)).size,
        initiative.partners.length,
        'each partner once',
      );
    },
  }),
  checkOperation<Practice>({
    name: 'initiatives: every example of developing practice, with the report, theme and force that present it',
    query: `{
      initiatives(filter: { kinds: [DEVELOPING_PRACTICE] }, first: 100) { nodes {
        name curated report { id } theme { id } forces { id }
      } }
    }`,
    check: (data) => {
      const initiatives = data.initiatives.nodes;
      const got = initiatives.map((i) => `${i.report.id}: ${i.name}`).sort(compareCodeUnits);
      const want = expectedPractice
        .flatMap((p) => p.items.map((item) => `${p.reportId}: ${item.title}`))
        .sort(compareCodeUnits);
      assert.deepEqual(got, want);
      for (const practice of expectedPractice) {
        const forceId = seedReports.find((r) => r.id === practice.reportId)!.metadata.forceId;
        for (const item of practice.items) {
          const got = initiatives.find(
            (i) => i.report.id === practice.reportId && i.name === item.title,
          )!;
          assert.equal(got.theme?.id, item.themeId, item.title);
          assert.deepEqual(got.forces, [{ id: forceId }], `${item.title} is run by ${forceId}`);
          assert.equal(got.curated, false);
        }
      }
    },
  }),
  checkOperation<AllUnits>({
    name: 'units: every unit the reports name, each with its force, and the units of one force',
    query: `{
      units(first: 0) { totalCount }
      ${unitKindGroups.map((kinds, i) => `group${i}: units(first: 100, filter: { kinds: [${kinds.join(', ')}] }) { totalCount nodes { ${unitSelection} } }`).join('\n')}
      thamesValley: units(filter: { forceIds: ["thames-valley-police"] }, first: 100) { nodes { id force { id } } }
    }`,
    check: (data) => {
      const pages = unitKindGroups.map((_, i) => data[`group${i}`]!);
      for (const page of pages) {
        assert.equal(page.nodes.length, page.totalCount, 'whole kinds on one page');
        assertOrderedBy(
          page.nodes,
          (u) => `${u.force?.id ?? ''}\u0000${u.name}`,
          'units by force, then name',
        );
      }
      const units = pages.flatMap((page) => page.nodes);
      const thamesValley = data.thamesValley.nodes;
      assert.equal(data.units.totalCount, units.length, 'every unit in the page of its kinds');
      for (const entities of expectedEntities) {
        for (const link of entities.units) {
          const unit = units.find((u) => u.id === link.unit);
          assert.ok(unit, `${link.unit} is listed`);
          assert.equal(unit.force?.id, link.force, `${link.unit} belongs to ${link.force}`);
        }
        for (const found of entities.discovered.filter((d) => d.id.startsWith('unit/'))) {
          const unit = units.find((u) => u.id === found.id);
          assert.ok(unit, `${found.id} is listed`);
          assert.deepEqual([unit.kind, unit.curated], [found.kind, false], found.id);
        }
      }
      assert.ok(thamesValley.every((u) => u.force.id === 'thames-valley-police'));
      assertIncludesAll(
        thamesValley.map((u) => u.id),
        [
          'unit/thames-valley-police/buckinghamshire-bcu',
          'unit/thames-valley-police/bracknell-forest-lpa',
        ],
        'Thames Valley units',
      );
    },
  }),
  checkOperation<{
    curatedUnits: { totalCount: number; nodes: { curated: boolean }[] };
    discoveredUnits: { totalCount: number; nodes: { curated: boolean }[] };
    allUnits: { totalCount: number };
    metInitiatives: { nodes: { id: string; forces: { id: string }[] }[] };
    mashPartners: { nodes: { id: string; initiatives: { id: string }[] }[] };
    withCps: { nodes: { id: string; partners: { id: string }[] }[] };
    unknownForce: { totalCount: number; nodes: unknown[] };
    noKinds: { totalCount: number };
  }>({
    name: 'initiatives, partnerAgencies, units: one filter input each (kinds or sectors, related ids, nameContains, curated); unknown ids and empty lists match nothing',
    query: `{
      curatedUnits: units(filter: { curated: true }, first: 100) { totalCount nodes { curated } }
      discoveredUnits: units(filter: { curated: false }, first: 100) { totalCount nodes { curated } }
      allUnits: units { totalCount }
      metInitiatives: initiatives(filter: { forceIds: ["metropolitan-police"] }, first: 100) { nodes { id forces { id } } }
      mashPartners: partnerAgencies(filter: { initiativeIds: ["${mash}"] }, first: 100) { nodes { id initiatives { id } } }
      withCps: initiatives(filter: { partnerIds: ["partner/crown-prosecution-service"] }) { nodes { id partners { id } } }
      unknownForce: units(filter: { forceIds: ["atlantis-police"] }) { totalCount nodes { id } }
      noKinds: initiatives(filter: { kinds: [] }) { totalCount }
    }`,
    check: (data) => {
      assert.ok(data.curatedUnits.nodes.every((u) => u.curated));
      assert.ok(data.discoveredUnits.nodes.every((u) => !u.curated));
      assert.equal(
        data.curatedUnits.totalCount + data.discoveredUnits.totalCount,
        data.allUnits.totalCount,
      );
      assert.ok(data.metInitiatives.nodes.length > 0);
      for (const initiative of data.metInitiatives.nodes)
        assertIncludesAll(
          initiative.forces.map((f) => f.id),
          ['metropolitan-police'],
          initiative.id,
        );
      assertIncludesAll(
        data.mashPartners.nodes.map((p) => p.id),
        participations.filter((p) => p.initiative === mash).map((p) => p.partner),
        'MASH partners',
      );
      for (const partner of data.mashPartners.nodes)
        assertIncludesAll(
          partner.initiatives.map((i) => i.id),
          [mash],
          partner.id,
        );
      for (const initiative of data.withCps.nodes)
        assertIncludesAll(
          initiative.partners.map((p) => p.id),
          ['partner/crown-prosecution-service'],
          initiative.id,
        );
      assert.deepEqual(data.unknownForce, { totalCount: 0, nodes: [] });
      assert.equal(data.noKinds.totalCount, 0);
    },
  }),
  checkOperation<Record<string, ConnectionPage>>({
    name: 'entity lists, mentionedBy and search: Relay edges with cursors and pageInfo',
    query: `{
      initiatives(first: 3) { ${edges} }
      partnerAgencies(first: 3) { ${edges} }
      units(first: 3) { ${edges} }
      search(query: "safeguarding", first: 3) { ${edges.replace('node { id }', 'node { item { ... on Node { id } } node { id } }')} }
      partnerAgency(id: "partner/crown-prosecution-service") { mentionedBy(first: 3) { ${edges.replace('node { id }', 'node { item { id } }')} } }
    }`,
    check: (data) => {
      const pages = {
        ...data,
        mentionedBy: (data.partnerAgency as unknown as { mentionedBy: ConnectionPage }).mentionedBy,
      } as Record<string, ConnectionPage>;
      delete pages.partnerAgency;
      for (const [what, page] of Object.entries(pages)) {
        assert.equal(page.edges.length, 3, what);
        assert.equal(page.pageInfo.hasNextPage, true, what);
        assert.equal(page.pageInfo.endCursor, page.edges[2]!.cursor, what);
        assert.equal(new Set(page.edges.map((e) => e.cursor)).size, 3, `${what}: distinct cursors`);
      }
      for (const edge of pages.search!.edges) {
        const hit = edge.node as unknown as { item: { id: string }; node: { id: string } };
        assert.equal(hit.item.id, hit.node.id, 'the deprecated `node` is the same item');
      }
    },
  }),
  checkOperation<{ topics: CuratedTopic[] }>({
    name: 'topics: lists the whole curated taxonomy by name',
    query: '{ topics { id name description } }',
    check: ({ topics }) => {
      const vocabulary = readTopicVocabulary()
        .map((t) => ({ id: `topic/${t.id}`, name: t.name, description: t.description }))
        .sort((a, b) => compareCodeUnits(a.name, b.name));
      assert.deepEqual(topics, vocabulary);
      assertIncludesAll(
        topics.map((t) => t.id),
        expectedTopics.flatMap((item) => item.topics.map((id) => `topic/${id}`)),
        'topics the fixtures file items under',
      );
    },
  }),
  checkOperation<{ topic: CuratedTopic; missing: null }>({
    name: 'topic: one topic by id, and null for an id no topic has',
    query: `{
      topic(id: "topic/succession-planning") { id name description }
      missing: topic(id: "topic/astrology") { id }
    }`,
    check: ({ topic, missing }) => {
      const curated = readTopicVocabulary().find((t) => t.id === 'succession-planning')!;
      assert.deepEqual(topic, {
        id: 'topic/succession-planning',
        name: curated.name,
        description: curated.description,
      });
      assert.equal(missing, null);
    },
  }),
];
