import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ReportReadError } from '../../src/ingest/errors.js';
import { ingestFiles, readReportText } from '../../src/ingest/io/ingest-files.js';
import { expectParseError, getVocabulary, readSeedReport } from './harness.js';

const met2007 = '2007-10-metropolitan-police.txt';
const peel2016 = '2017-03-metropolitan-police-peel-effectiveness-2016.txt';
const majorCrime = '2008-07-metropolitan-police-major-crime.txt';

function firstLines(sourceFile: string, count: number): string {
  return readSeedReport(sourceFile).split('\n').slice(0, count).join('\n');
}

describe('malformed input', () => {
  const cases: { name: string; text: () => string; line: number; reason: RegExp }[] = [
    { name: 'an empty file', text: () => '', line: 1, reason: /empty file/ },
    { name: 'a file of blank lines', text: () => '\n  \n\t\n', line: 1, reason: /empty file/ },
    {
      name: 'binary content with NUL bytes',
      text: () => 'HMIC Inspection Report\n\nMetropolitan\u0000Police\n',
      line: 3,
      reason: /binary content/,
    },
    {
      name: 'undecodable text',
      text: () => '\n' + '\uFFFD\u0001\u0002'.repeat(40),
      line: 2,
      reason: /binary content/,
    },
    {
      name: 'a text that is not an HMIC report',
      text: () =>
        '\n\nMinutes of the parish council\n\nOctober 2007\n\nThe council met to discuss the village fete.\n',
      line: 3,
      reason: /not a recognised HMIC inspection report/,
    },
    {
      name: 'a 2007 report cut before its findings',
      text: () => firstLines(met2007, 150),
      line: 150,
      reason: /truncated report: no 'Findings' section/,
    },
    {
      name: 'a 2007 report cut after its summary tables',
      text: () => firstLines(met2007, 249),
      line: 249,
      reason: /truncated report: theme 'neighbourhood-policing' is in the force summary/,
    },
    {
      name: 'a 2007 report cut in the middle of its findings',
      text: () => firstLines(met2007, 699),
      line: 699,
      reason:
        /truncated report: theme 'protecting-vulnerable-people\/child-abuse' is in the force summary/,
    },
    {
      name: 'a major crime report cut before its graded section',
      text: () => firstLines(majorCrime, 190),
      line: 190,
      reason: /truncated report/,
    },
    {
      name: 'a PEEL report cut before its overall judgement',
      text: () => firstLines(peel2016, 117),
      line: 117,
      reason: /truncated report: no overall judgement/,
    },
    {
      name: 'a PEEL report cut after two core questions',
      text: () => firstLines(peel2016, 600),
      line: 600,
      reason:
        /truncated report: no section for the core question 'How effective is the force at tackling serious/,
    },
    {
      name: 'a report naming a force the vocabulary does not know',
      text: () =>
        readSeedReport('2007-10-thames-valley-police.txt').replaceAll('Thames Valley', 'Atlantis'),
      line: 13,
      reason: /unknown force 'Atlantis Police'/,
    },
  ];

  for (const c of cases)
    it(`rejects ${c.name}, naming file and line`, async () => {
      const error = await expectParseError(c.text(), 'report.txt');
      assert.equal(error.file, 'report.txt');
      assert.equal(error.line, c.line);
      assert.match(error.reason, c.reason);
      assert.equal(error.message, `report.txt:${c.line}: ${error.reason}`);
    });
});

describe('ingest-files on bad files', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingest-test-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects a file with NUL bytes, naming file and line', async () => {
    const path = join(dir, 'image.txt');
    await writeFile(path, Buffer.from([0x48, 0x0a, 0x0a, 0x89, 0x50, 0x00, 0x47]));
    await assert.rejects(readReportText(path), {
      name: 'ReportParseError',
      message: 'image.txt:3: binary content (NUL byte)',
    });
  });

  it('rejects a file that is not UTF-8, naming file and line', async () => {
    const path = join(dir, 'latin1.txt');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from('HMIC Inspection Report\n\n'),
        Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      ]),
    );
    await assert.rejects(readReportText(path), { message: 'latin1.txt:3: not UTF-8 text' });
  });

  it('names a missing file', async () => {
    await assert.rejects(readReportText(join(dir, 'missing.txt')), (error: unknown) => {
      assert.ok(error instanceof ReportReadError);
      assert.match(error.message, /^missing\.txt: cannot be read \(ENOENT\)$/);
      return true;
    });
  });

  it('stops at the first bad file with its name, writing nothing', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    await assert.rejects(ingestFiles([empty], await getVocabulary()), {
      message: 'empty.txt:1: empty file',
    });
  });
});
