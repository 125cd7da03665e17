import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ReportReadError } from '../../src/ingest/errors.js';
import { ingestReportFiles, ShrinkingReingestionError } from '../../src/ingest/io/load-reports.js';
import { readReportText } from '../../src/ingest/io/ingest-files.js';
import { seedReportsDir } from '../../src/paths.js';
import { readSeedReport } from '../ingest/harness.js';
import { openTestStore } from '../support/embedded-store.js';

/**
 * A file that parses but holds much less of a report than the graph does (cut inside its
 * glossary, its lists emptied) must not silently replace it; `replace` forces it.
 */

const met2007 = '2007-10-metropolitan-police.txt';
const reportId = '2007-10-metropolitan-police-inspection';

async function countItems(store: GraphStore, catalog: Catalog) {
  const [row] = await store.read(catalog.queries.reportContentsByIds, { ids: [reportId] });
  return { findings: Number(row!.findings), terms: Number(row!.terms) };
}

describe('re-ingesting a report with less in it', () => {
  let store: GraphStore;
  let catalog: Catalog;
  let dir = '';
  before(async () => {
    catalog = loadCatalog();
    store = await openTestStore(catalog.schema.embedded);
    dir = await mkdtemp(join(tmpdir(), 'shrink-test-'));
    await ingestReportFiles(store, catalog, [join(seedReportsDir, met2007)]);
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** The seed report cut a few lines into its glossary: it still parses, with most terms gone. */
  async function writeCutInGlossary(): Promise<{ path: string; lines: number }> {
    const lines = readSeedReport(met2007).split('\n');
    const glossary = lines.lastIndexOf('Appendix: Glossary of Terms and Abbreviations');
    const kept = lines
      .slice(0, glossary + 20)
      .join('\n')
      .trimEnd();
    const path = join(dir, met2007);
    await writeFile(path, kept);
    return { path, lines: kept.split('\n').length };
  }

  it('refuses a copy that would remove most of the stored glossary, saying what and where', async () => {
    const stored = await countItems(store, catalog);
    const { path, lines } = await writeCutInGlossary();
    await assert.rejects(ingestReportFiles(store, catalog, [path]), (error: unknown) => {
      assert.ok(error instanceof ShrinkingReingestionError);
      assert.match(
        error.message,
        new RegExp(
          `^${met2007.replaceAll('.', '\\.')}:${lines}: re-ingesting would remove \\d+ of its ${stored.terms} glossary terms from the stored report ${reportId} .*pass --replace`,
        ),
      );
      return true;
    });
    assert.deepEqual(await countItems(store, catalog), stored);
  });

  it('refuses a copy whose lists lost most of their findings', async () => {
    const stored = await countItems(store, catalog);
    // Every bullet of the findings dropped: the sections and grades are all still there.
    const text = readSeedReport(met2007)
      .split('\n')
      .filter((line, index) => index < 300 || !/^\s*[-•]\s/.test(line))
      .join('\n');
    const path = join(dir, met2007);
    await writeFile(path, text);
    await assert.rejects(ingestReportFiles(store, catalog, [path]), /findings/);
    assert.deepEqual(await countItems(store, catalog), stored);
  });

  it('replaces the report anyway when asked to', async () => {
    const stored = await countItems(store, catalog);
    const { path } = await writeCutInGlossary();
    await ingestReportFiles(store, catalog, [path], { replace: true });
    const now = await countItems(store, catalog);
    assert.equal(now.findings, stored.findings);
    assert.ok(now.terms < stored.terms);
  });

  it('accepts the full report again after it was replaced by less', async () => {
    await ingestReportFiles(store, catalog, [join(seedReportsDir, met2007)]);
    assert.ok((await countItems(store, catalog)).terms > 0);
  });
});

describe('the report size limit', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'size-test-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file over the limit before reading it, naming the limit and its setting', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, Buffer.alloc(3 * 1024 * 1024, 'a'));
    await assert.rejects(readReportText(path, { maxReportBytes: 2 * 1024 * 1024 }), (error) => {
      assert.ok(error instanceof ReportReadError);
      assert.equal(
        error.message,
        'huge.txt: 3.0 MB is over the limit of 2.0 MB for one report file (MAX_REPORT_BYTES)',
      );
      return true;
    });
  });

  it('reads every seed report under the default limit', async () => {
    for (const file of ['2007-10-metropolitan-police.txt', met2007])
      assert.ok((await readReportText(join(seedReportsDir, file))).length > 0);
  });
});
