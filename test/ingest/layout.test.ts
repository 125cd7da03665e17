import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHeadingShapedText, layoutText, type Layout } from '../../src/ingest/layout/layout.js';

function blockAt(layout: Layout, line: number) {
  const block = layout.blocks.find((b) => b.lines.includes(line));
  assert.ok(block, `no block on line ${line}`);
  return block;
}

describe('layoutText', () => {
  it('numbers lines from 1 and does not count a final newline as a line', () => {
    const layout = layoutText('first\n\nthird\n');
    assert.deepEqual(
      layout.lines.map((l) => [l.number, l.text, l.kind]),
      [
        [1, 'first', 'text'],
        [2, '', 'blank'],
        [3, 'third', 'text'],
      ],
    );
  });

  it('takes a bare month and year or a bare page number between blank lines out of the flow', () => {
    const layout = layoutText('Heading\n\nOctober 2007\n\nA paragraph.\n\n16\n\nJuly 2008\n');
    assert.deepEqual(
      layout.lines.filter((l) => l.kind === 'footer').map((l) => l.number),
      [3, 7, 9],
    );
    assert.deepEqual(
      layout.blocks.map((b) => b.text),
      ['Heading', 'A paragraph.'],
    );
  });

  it('keeps a month and year that is part of running text', () => {
    const layout = layoutText('Rolled out in\nOctober 2007\nacross the force.\n');
    assert.equal(layout.lines[1]!.kind, 'text');
  });

  it('joins a paragraph split by a page footer', () => {
    const text = [
      'The MPS has appointed 4,562 police community support officers (PCSOs) and has achieved its share of the 16,000 PCSOs required by the end of',
      '',
      'October 2007',
      '',
      'April 2007. These officers are utilised on a range of duties.',
      '',
      'Next paragraph.',
    ].join('\n');
    const block = blockAt(layoutText(text), 1);
    assert.equal(block.lineStart, 1);
    assert.equal(block.lineEnd, 5);
    assert.deepEqual(block.lines, [1, 5]);
    assert.match(block.text, /by the end of April 2007\. These officers/);
  });

  it('joins a bullet split by a page footer when it continues in lower case', () => {
    const text = [
      '- The VCD has drawn together all its intelligence assets and co-located them in readiness',
      '',
      'October 2007',
      '',
      'for the introduction of the MIB.',
    ].join('\n');
    const block = blockAt(layoutText(text), 1);
    assert.equal(block.kind, 'bullet');
    assert.equal(block.text.endsWith('in readiness for the introduction of the MIB.'), true);
  });

  it('joins a paragraph split by a footnote at the page foot, keeping the footnote apart', () => {
    const text = [
      'The force is clearly committed to preventing crime, but the force does not',
      '',
      '² HMIC judgments are outstanding, good, requires improvement and inadequate.',
      '',
      'routinely review the effectiveness of its tactics.',
    ].join('\n');
    const layout = layoutText(text);
    assert.deepEqual(
      layout.blocks.map((b) => [b.kind, b.lines]),
      [
        ['text', [1, 5]],
        ['footnote', [3]],
      ],
    );
  });

  it('does not join a finished paragraph, a heading or a short list item across a footer', () => {
    const text = [
      'RECOMMENDATION 10',
      '',
      'October 2007',
      '',
      'That the force reviews the training requirements for public protection officers.',
      '',
      '- Milton Keynes BCU: one DI, two DSs, eight DCs',
      '',
      'October 2007',
      '',
      'The CAIU policy and standard operating procedure identifies the cases.',
    ].join('\n');
    const layout = layoutText(text);
    assert.equal(layout.blocks.length, 4);
  });

  it('joins hard-wrapped lines of a re-wrapped file into one block', () => {
    const text = [
      'Performance management is an activity largely hidden from public view,',
      'although members of the public are directly affected by poor performance',
      'on the part of their local force.',
      '',
      '- A bullet that was long enough to be wrapped by the tool at seventy-five',
      'columns continues here.',
      '- A second bullet.',
    ].join('\n');
    const layout = layoutText(text);
    assert.deepEqual(
      layout.blocks.map((b) => [b.kind, b.lineStart, b.lineEnd]),
      [
        ['text', 1, 3],
        ['bullet', 5, 6],
        ['bullet', 7, 7],
      ],
    );
  });

  it('keeps consecutive short lines (lists, table rows) as separate blocks', () => {
    const layout = layoutText(
      'Planned Inspection areas\nSerious and organised crime\nMajor crime\n',
    );
    assert.equal(layout.blocks.length, 3);
    assert.equal(
      layout.blocks.some((b) => b.standalone),
      false,
    );
  });

  it('classifies table rows, fields and footnotes', () => {
    const layout = layoutText(
      'Child abuse\t3\t17\t21\t2\n\nTITLE: Use of survey data\n\n¹ Source: MetStats.\n',
    );
    assert.deepEqual(
      layout.blocks.map((b) => b.kind),
      ['table', 'field', 'footnote'],
    );
  });

  it('marks standalone title-like lines as heading-shaped, in any case', () => {
    const layout = layoutText(
      'Strengths\n\nNATIONAL CONTEXTUAL FACTORS\n\nwork in progress\n\nThe force is good.\n',
    );
    assert.deepEqual(
      layout.blocks.map((b) => b.headingShaped),
      [true, true, false, false],
    );
  });

  it('tells heading-shaped text from prose', () => {
    const cases: [string, boolean][] = [
      ['Force developments since 2006', true],
      [
        'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?',
        true,
      ],
      ['Overall judgment²', true],
      ['The threats from precursors to major crime offending are analysed extensively.', false],
      ['For further information about these data, please see annex A', false],
      ['The force does not have a written accountability document which details the', false],
      [
        'Citizen Focus – putting what the public want at the heart of what the MPS does; and',
        false,
      ],
    ];
    for (const [text, expected] of cases) assert.equal(isHeadingShapedText(text), expected, text);
  });
});
