import type { Block } from '../layout/layout.js';
import type { IndexedSection } from '../layout/section-index.js';
import type { ParsedFootnote } from '../report.types.js';
import { quoteStart } from '../text/quote.js';
import { listFootnoteMarks } from '../text/text.js';

/** A block of a section that holds prose; headings are listed too (they may cite a footnote). */
export interface BodyBlock {
  readonly block: Block;
  readonly place: IndexedSection;
  readonly heading: boolean;
}

/**
 * Footnotes, kept apart from the paragraphs that cite them:
 *
 *     … the Risk Assessment Management Process (RAMP)⁵ …     ← the citing paragraph or item
 *     ⁵ The Risk Assessment Management Process (RAMP) Project was established to …
 *     ^{*} The rate of burglary in a dwelling is the rate for 1,000 households …
 *
 * A footnote is a block starting with its mark (superscript digits, `$^{30}$`, `^{*}`). The
 * block citing it is the nearest one before it carrying the same mark (a footnote sits at the
 * foot of the page that cites it), else the nearest one after; an asterisk mark may also be a
 * plain `*` glued to a word (`Burglary in a dwelling*`). None: the footnote cites nothing we
 * can see (its mark was lost in the conversion).
 */
export function readFootnotes(body: readonly BodyBlock[]): ParsedFootnote[] {
  const marks = body.map(({ block }) =>
    block.kind === 'footnote' ? [] : listFootnoteMarks(block.text),
  );
  const cites = (i: number, mark: string): boolean =>
    marks[i]!.includes(mark) ||
    (mark === '*' && body[i]!.block.kind !== 'footnote' && /\w\*(\s|$)/.test(body[i]!.block.text));
  const out: ParsedFootnote[] = [];
  body.forEach(({ block, place }, index) => {
    if (block.kind !== 'footnote') return;
    const mark = listFootnoteMarks(block.text)[0];
    if (mark === undefined) return;
    const text = stripLeadingMark(block.text);
    const citing = findCitingBlock(body.length, index, (i) => cites(i, mark));
    const cited = citing === undefined ? undefined : body[citing]!.block;
    out.push({
      mark,
      text,
      citedAt: cited ? { lineStart: cited.lineStart, lineEnd: cited.lineEnd } : null,
      provenance: {
        section: place.section.path,
        lineStart: block.lineStart,
        lineEnd: block.lineEnd,
        quote: quoteStart(text),
      },
    });
  });
  return out;
}

/** The footnote's text without the mark it starts with. */
function stripLeadingMark(text: string): string {
  return text
    .replace(/^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\$\^\{\^?\{?\d+\}?\}\$|\^\{[*\d, ]+\})/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The index of the nearest block before the footnote that cites it, else the nearest after. */
function findCitingBlock(
  count: number,
  footnoteIndex: number,
  cites: (index: number) => boolean,
): number | undefined {
  for (let i = footnoteIndex - 1; i >= 0; i--) if (cites(i)) return i;
  for (let i = footnoteIndex + 1; i < count; i++) if (cites(i)) return i;
  return undefined;
}
