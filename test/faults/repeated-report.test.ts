import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutText } from '../../src/ingest/layout/layout.js';
import {
  findRepeatedContent,
  minRepeatedBlocks,
  minRepeatedCharacters,
} from '../../src/ingest/layout/repeated-content.js';
import { expectParseError, expectedReports, readSeedReport, rewrap } from '../ingest/harness.js';

const thamesValley = '2007-10-thames-valley-police.txt';

describe('repeated content', () => {
  it('refuses a report pasted after itself, naming the line where the copy starts', async () => {
    const text = readSeedReport(thamesValley);
    const lineCount = text.split('\n').length;
    const error = await expectParseError(`${text}\n${text}`, thamesValley);
    assert.ok(error.line > lineCount, `line ${error.line} is inside the first copy`);
    assert.match(error.reason, /^duplicated content: lines \d+-\d+ repeat lines from \d+ on/);
  });

  it('refuses a report repeated many times (a 50 MB file in the audit) as quickly as one copy', async () => {
    const text = readSeedReport(thamesValley);
    const started = performance.now();
    await expectParseError(Array.from({ length: 8 }, () => text).join('\n'), thamesValley);
    const copies = performance.now() - started;
    assert.ok(copies < 10_000, `took ${copies} ms`);
  });

  it('refuses one theme section printed twice', async () => {
    const lines = readSeedReport(thamesValley).split('\n');
    const start = lines.indexOf('Performance Management', 500);
    const end = lines.indexOf('Protecting Vulnerable People – Overview', start);
    assert.ok(start > 0 && end > start);
    const section = lines.slice(start, end);
    const text = [...lines.slice(0, end), ...section, ...lines.slice(end)].join('\n');
    const error = await expectParseError(text, thamesValley);
    assert.equal(error.line, end + 1);
  });

  for (const expected of expectedReports)
    it(`accepts ${expected.sourceFile} and its re-wrapped copies: its own repeats are short`, () => {
      const text = readSeedReport(expected.sourceFile);
      for (const copy of [text, rewrap(text, 80), rewrap(text, 60)])
        assert.equal(findRepeatedContent(layoutText(copy)), undefined);
    });

  it('counts only a repeat that is long in paragraphs and in characters', () => {
    const paragraph = (n: number, size: number) => `Paragraph ${n} ${'words '.repeat(size)}.`;
    const run = (size: number) =>
      Array.from({ length: minRepeatedBlocks }, (_, n) => paragraph(n, size));
    const short = [...run(5), 'between', ...run(5)].join('\n\n');
    assert.equal(findRepeatedContent(layoutText(short)), undefined);
    const perBlock = Math.ceil(minRepeatedCharacters / minRepeatedBlocks / 6) + 1;
    const long = [...run(perBlock), 'between', ...run(perBlock)].join('\n\n');
    assert.equal(findRepeatedContent(layoutText(long))?.blocks, minRepeatedBlocks);
  });
});
