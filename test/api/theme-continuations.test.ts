import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCatalog } from '../../src/graph/queries.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { retargetReport } from '../bench/synthetic-corpus.js';
import { startTestApi, type TestApi } from '../support/api-server.js';
import { openTestStore } from '../support/embedded-store.js';

/**
 * Themes of different frameworks joined by CONTINUES (theme vocabulary), over HTTP on the
 * embedded engine, and `Judgement.previous` falling back to the continued theme's grade.
 *
 * The seed graph has no force with both a PEEL report and a 2006-2008 grade on a continued
 * theme, so the graph here also holds the PEEL 2016 report retargeted to Thames Valley Police
 * (its force names replaced, as `bench:scale` copies reports). Thames Valley's 2007 report
 * states the 2006 baseline grade (l.673: "Thames Valley Police was graded Fair in the 2006
 * baseline assessment for the inspection area of Protecting Vulnerable People"); the copy
 * states a 2015 PEEL vulnerability grade (PEEL 2016 l.586: "In HMIC's 2015 effectiveness
 * (vulnerability) report we judged ... to require improvement"). The copy is ingested first,
 * alone: it brings the 2007 theme its PEEL theme continues, which the seed reports' ingestion
 * then finds in place, so the link holds whichever report came first.
 */

const peelPvp = 'peel-effectiveness/protecting-vulnerable-people-and-supporting-victims';
const pvp = 'protecting-vulnerable-people';

interface Judged {
  stated: string;
  year: number;
  grade: string;
  force: { id: string };
  theme: { id: string };
  previous: {
    stated: string;
    year: number;
    grade: string;
    theme: { id: string; framework: string };
    previous: { year: number; grade: string; theme: { id: string } } | null;
  } | null;
}

describe('theme continuations across frameworks', () => {
  let api: TestApi;
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'theme-continuations-'));
    const vocabulary = await loadVocabulary();
    const met = vocabulary.forces.find((f) => f.id === 'metropolitan-police')!;
    const thamesValley = vocabulary.forces.find((f) => f.id === 'thames-valley-police')!;
    const peelFile = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';
    const copy = join(dir, '2017-03-thames-valley-police-peel-effectiveness-2016.txt');
    const text = await readFile(join(seedReportsDir, peelFile), 'utf8');
    await writeFile(
      copy,
      retargetReport(text, { force: met, publishedOn: '2017-03' }, thamesValley, '2017-03'),
    );
    const catalog = loadCatalog();
    const store = await openTestStore(catalog.schema.embedded);
    await ingestReportFiles(store, catalog, [copy]);
    await ingestReportFiles(store, catalog, await listReportFiles(seedReportsDir));
    api = await startTestApi({ seededStore: store });
  });
  after(async () => {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function data<T>(query: string): Promise<T> {
    const { status, body } = await api.graphql(query, {});
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data as T;
  }

  it('serves the continuation both ways, with its basis, whichever report came first', async () => {
    const result = await data<{
      later: { continues: Array<{ theme: { id: string; framework: string }; basis: string }> };
      earlier: { continuedBy: Array<{ theme: { id: string } }>; continues: unknown[] };
    }>(`{
      later: theme(id: "${peelPvp}") { continues { theme { id framework } basis } }
      earlier: theme(id: "${pvp}") { continuedBy { theme { id } } continues { basis } }
    }`);
    assert.deepEqual(
      result.later.continues.map((c) => c.theme),
      [{ id: pvp, framework: 'HMIC_INSPECTION' }],
    );
    assert.match(result.later.continues[0]!.basis, /protecting vulnerable people/i);
    assert.deepEqual(result.earlier.continuedBy, [{ theme: { id: peelPvp } }]);
    assert.deepEqual(result.earlier.continues, []);
  });

  it('falls back to the continued theme for Judgement.previous, only where nothing nearer exists', async () => {
    const { judgements } = await data<{ judgements: { nodes: Judged[] } }>(`{
      judgements(first: 100, filter: { stated: null, themeIds: ["${peelPvp}"], exactTheme: true }) {
        nodes { stated year grade force { id } theme { id }
          previous { stated year grade theme { id framework } previous { year grade theme { id } } } }
      }
    }`);
    const of = (forceId: string, stated: string) =>
      judgements.nodes.find((j) => j.force.id === forceId && j.stated === stated);

    // Thames Valley 2016 (the copy): its own theme's 2015 grade first, then through it to the
    // 2006 baseline grade on the theme the PEEL question continues.
    const tv2016 = of('thames-valley-police', 'THIS_REPORT');
    assert.deepEqual(
      [tv2016?.grade, tv2016?.previous?.year, tv2016?.previous?.grade],
      ['INADEQUATE', 2015, 'REQUIRES_IMPROVEMENT'],
    );
    assert.equal(tv2016?.previous?.theme.id, peelPvp);
    assert.deepEqual(tv2016?.previous?.previous, {
      year: 2006,
      grade: 'FAIR',
      theme: { id: pvp },
    });

    // The Met has 2007 grades on the parts of "protecting vulnerable people" only, not on the
    // whole: a continued theme's sub-themes are not used, so its 2015 grade has no previous.
    const met2015 = of('metropolitan-police', 'EARLIER');
    assert.equal(met2015?.year, 2015);
    assert.equal(met2015?.previous, null);
  });
});
