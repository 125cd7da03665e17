import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';

interface StepResult {
  type: string;
  from: string;
  to: string;
  evidence: { reportId: string; lineStart: number } | null;
}

interface PathResult {
  length: number;
  nodes: { id: string; __typename: string }[];
  relationships: StepResult[];
}

interface NeighbourhoodResult {
  centre: { id: string };
  nodes: { id: string; __typename: string }[];
  relationships: StepResult[];
  truncated: boolean;
}

const pathsQuery = `query($fromId: ID!, $toId: ID!, $maxHops: Int) {
  paths(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
    length
    nodes { id __typename }
    relationships { type from to evidence { reportId lineStart } }
  }
}`;

const neighbourhoodQuery = `query($id: ID!, $depth: Int, $maxNodes: Int) {
  neighbourhood(id: $id, depth: $depth, maxNodes: $maxNodes) {
    centre { id }
    nodes { id __typename }
    relationships { type from to evidence { reportId lineStart } }
    truncated
  }
}`;

const mash = 'initiative/multi-agency-safeguarding-hub';
const peel2016 = '2017-03-metropolitan-police-peel-effectiveness-2016';

/** Each relationship joins neighbouring nodes of the path, in either direction. */
function assertChained(path: PathResult): void {
  assert.equal(path.relationships.length, path.length);
  assert.equal(path.nodes.length, path.length + 1);
  path.relationships.forEach((step, i) => {
    const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort();
    assert.deepEqual([step.from, step.to].sort(), ends, `step ${i} joins nodes ${i} and ${i + 1}`);
  });
}

describe('relational questions over HTTP: paths and neighbourhoods', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function askPaths(fromId: string, toId: string, maxHops?: number) {
    const { status, body } = await api.graphql(pathsQuery, { fromId, toId, maxHops });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    return body.data!.paths as PathResult[];
  }

  it('connects schools to Thames Valley Police through the findings that name them', async () => {
    const paths = await askPaths('partner/schools', 'thames-valley-police');
    assert.ok(paths.length > 0);
    for (const path of paths) {
      assertChained(path);
      assert.equal(path.length, 2);
      assert.deepEqual(
        path.nodes.map((n) => n.__typename),
        ['PartnerAgency', 'Finding', 'Force'],
      );
      assert.deepEqual(
        path.relationships.map((r) => r.type),
        ['MENTIONS', 'ABOUT'],
      );
    }
    // TV l.319: "schools are engaged by Neighbourhood Policing teams".
    assert.ok(
      paths.some((p) => p.relationships[0]!.evidence?.lineStart === 319),
      'the finding at line 319 is one connection',
    );
  });

  it('connects a partner agency to the Metropolitan Police within four hops, through the MASH', async () => {
    const paths = await askPaths('partner/adult-social-services', 'metropolitan-police');
    assert.ok(paths.length > 0 && paths[0]!.length <= 4);
    // Adult social services take part in the MASH (PEEL l.740: the police "make referrals into
    // children services, and, in some boroughs, adults' services"); a recommendation to the
    // Met names the MASHs (l.805-807).
    const viaMash = paths.find((p) => p.nodes.some((n) => n.id === mash));
    assert.ok(viaMash);
    assertChained(viaMash);
    assert.deepEqual(
      viaMash.relationships.map((r) => `${r.type}:${r.evidence?.reportId ?? '-'}`),
      [`PARTICIPATES_IN:${peel2016}`, `MENTIONS:${peel2016}`, 'TO_FORCE:-'],
    );
    assert.equal(viaMash.relationships[0]!.evidence?.lineStart, 740);
  });

  it('returns only shortest paths, at most ten, never through a theme, topic or term', async () => {
    const paths = await askPaths('topic/training', 'topic/vetting-and-security');
    assert.ok(paths.length > 0 && paths.length <= 10);
    const lengths = new Set(paths.map((p) => p.length));
    assert.equal(lengths.size, 1, 'all the same length');
    for (const path of paths) {
      assertChained(path);
      for (const node of path.nodes.slice(1, -1))
        assert.ok(
          !['Theme', 'Topic', 'Term'].includes(node.__typename),
          `${node.id} is passed through`,
        );
    }
  });

  it('does not join two reports through a glossary term both define', async () => {
    const paths = await askPaths(
      '2007-10-thames-valley-police-inspection',
      '2007-10-metropolitan-police-inspection',
    );
    assert.ok(paths.length > 0);
    for (const path of paths) {
      assert.ok(path.length > 2, 'report-term-report would be two hops');
      assert.ok(path.nodes.every((n) => n.__typename !== 'Term'));
    }
  });

  it('takes an explicit null maxHops as the default of 4', async () => {
    const byDefault = await askPaths('partner/schools', 'metropolitan-police');
    const { body } = await api.graphql(pathsQuery, {
      fromId: 'partner/schools',
      toId: 'metropolitan-police',
      maxHops: null,
    });
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data!.paths, byDefault);
  });

  it('answers a path from an entity to itself with the entity alone', async () => {
    const paths = await askPaths(mash, mash);
    assert.deepEqual(paths, [
      { length: 0, nodes: [{ id: mash, __typename: 'Initiative' }], relationships: [] },
    ]);
  });

  it('reads the graph once per hop however wide the frontier', async () => {
    const { body } = await api.graphql(
      pathsQuery,
      { fromId: 'partner/adult-social-services', toId: 'metropolitan-police', maxHops: 4 },
      { 'x-query-stats': '1' },
    );
    const stats = body.extensions?.queryStats as { dbQueries: number };
    const paths = (body.data as { paths: { nodes: { __typename: string }[] }[] }).paths;
    const labels = new Set(paths.flatMap((path) => path.nodes.map((node) => node.__typename)));
    // The two ends and the nodes of the paths (each time one read for their labels, then one
    // per label), and at most four hops.
    const nodeReads = 2 * (1 + labels.size);
    assert.ok(stats.dbQueries <= nodeReads + 4, `${stats.dbQueries} store queries`);
  });

  it('refuses maxHops above 6 with BAD_USER_INPUT and answers unknown ids with NOT_FOUND', async () => {
    const tooFar = await api.graphql(pathsQuery, {
      fromId: 'partner/schools',
      toId: 'metropolitan-police',
      maxHops: 7,
    });
    assert.equal(tooFar.status, 400);
    assert.equal(tooFar.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooFar.body.errors![0]!.message, /maxHops/);
    const unknown = await api.graphql(pathsQuery, { fromId: 'no-such-id', toId: mash });
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  async function askNeighbourhood(id: string, depth?: number, maxNodes?: number) {
    const { status, body } = await api.graphql(neighbourhoodQuery, { id, depth, maxNodes });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    return body.data!.neighbourhood as NeighbourhoodResult;
  }

  it('shows the MASH with its partners and the recommendation that names it', async () => {
    const around = await askNeighbourhood(mash);
    assert.equal(around.centre.id, mash);
    assert.equal(around.nodes[0]!.id, mash);
    assert.equal(around.truncated, false);
    const ids = around.nodes.map((n) => n.id);
    for (const partner of ['partner/childrens-services', 'partner/adult-social-services']) {
      assert.ok(ids.includes(partner), partner);
      assert.ok(
        around.relationships.some(
          (r) => r.type === 'PARTICIPATES_IN' && r.from === partner && r.to === mash,
        ),
      );
    }
    assert.ok(around.nodes.some((n) => n.__typename === 'Recommendation'));
    for (const step of around.relationships) {
      assert.ok(ids.includes(step.from) && ids.includes(step.to), 'relationships stay inside');
    }
  });

  it('caps a busy neighbourhood at maxNodes, says so, and samples every kind of neighbour', async () => {
    const around = await askNeighbourhood('metropolitan-police', 1, 40);
    assert.equal(around.nodes.length, 40);
    assert.equal(around.truncated, true);
    const kinds = new Set(around.nodes.map((n) => n.__typename));
    for (const kind of ['Report', 'Finding', 'Judgement', 'Recommendation', 'Unit'])
      assert.ok(kinds.has(kind), `${kind} among the neighbours`);
  });

  it('refuses depth above 3 and maxNodes above 500 with BAD_USER_INPUT, and unknown ids with NOT_FOUND', async () => {
    for (const variables of [
      { id: mash, depth: 4 },
      { id: mash, maxNodes: 501 },
    ]) {
      const { status, body } = await api.graphql(neighbourhoodQuery, variables);
      assert.equal(status, 400);
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    }
    const unknown = await api.graphql(neighbourhoodQuery, { id: 'no-such-id' });
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });
});
