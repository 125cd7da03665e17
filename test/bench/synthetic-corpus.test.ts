import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { parseReport } from '../../src/ingest/parse-report.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import type { Vocabulary } from '../../src/ingest/vocabulary/vocabulary.types.js';
import { seedReportsDir } from '../../src/paths.js';
import {
  formatCoverMonth,
  planSyntheticCorpus,
  readSeedReports,
  retargetReport,
  writeSyntheticCorpus,
  type SeedReport,
} from './synthetic-corpus.js';

describe('synthetic corpus', () => {
  let vocabulary: Vocabulary;
  let seeds: SeedReport[];
  before(async () => {
    vocabulary = await loadVocabulary();
    seeds = await readSeedReports(await listReportFiles(seedReportsDir), vocabulary);
  });

  it('prints a month the way a cover does', () => {
    assert.equal(formatCoverMonth('2007-10'), 'October 2007');
    assert.equal(formatCoverMonth('2017-03'), 'March 2017');
  });

  it('rewrites a seed so that ingestion reads another force, month and id', () => {
    const seed = seeds.find((s) => s.id === '2007-10-thames-valley-police-inspection')!;
    const to = vocabulary.forces.find((f) => f.id === 'cumbria-constabulary')!;
    const text = retargetReport(seed.text, seed, to, '2007-02');
    const parsed = parseReport(text, 'copy.txt', vocabulary);
    assert.equal(parsed.metadata.forceId, 'cumbria-constabulary');
    assert.equal(parsed.metadata.publishedOn, '2007-02');
    assert.equal(parsed.id, '2007-02-cumbria-constabulary-inspection');
    assert.ok(!text.includes('Thames Valley Police'));
    const original = parseReport(seed.text, seed.file, vocabulary);
    assert.equal(parsed.findings.length, original.findings.length);
  });

  it('plans distinct new ids, none of them a seed id, and refuses more than the seeds allow', () => {
    const plan = planSyntheticCorpus(seeds, vocabulary.forces, 300);
    const ids = new Set(plan.map((c) => c.id));
    assert.equal(ids.size, 300);
    for (const seed of seeds) assert.ok(!ids.has(seed.id));
    assert.throws(() => planSyntheticCorpus(seeds, vocabulary.forces, 100_000), /distinct copies/);
  });

  it('writes the seed reports first, then copies that parse as the ids planned', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synthetic-corpus-'));
    try {
      const paths = await writeSyntheticCorpus(dir, seeds, vocabulary.forces, seeds.length + 2);
      assert.deepEqual(
        paths.slice(0, seeds.length).map((p) => basename(p)),
        seeds.map((s) => s.file),
      );
      for (const path of paths.slice(seeds.length)) {
        const parsed = parseReport(await readFile(path, 'utf8'), basename(path), vocabulary);
        assert.equal(`${parsed.id}.txt`, basename(path));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
