import { classifyBlockStart } from '../../src/ingest/layout/layout.js';

/**
 * A copy of a report whose page breaks fall elsewhere: the footers standing between two
 * complete paragraphs are removed, and new page breaks (a blank line, the footer, optionally a
 * running head, a blank line) are put into the middle of long paragraphs, between two words
 * of one sentence, as a PDF conversion does when a paragraph runs over a page. The running
 * head, if any, follows every footer, old and new.
 */

export interface PageBreakOptions {
  /** The footer to print at each new break (`October 2007`, `16`). */
  readonly footer: string;
  /** A title printed at the top of each new page, or null. */
  readonly runningHead: string | null;
}

/** Longest lines are split: a paragraph long enough to run over a page. */
const minSplitLength = 200;
/** Split one long paragraph in this many (the others keep their lines). */
const splitEvery = 3;

const footerLine =
  /^((january|february|march|april|may|june|july|august|september|october|november|december)\s+(19|20)\d\d|\d{1,4})$/i;

export function movePageBreaks(
  text: string,
  options: PageBreakOptions,
): { text: string; inserted: number } {
  const lines = text.split('\n');
  const out: string[] = [];
  let inserted = 0;
  let candidates = 0;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (footerLine.test(t) && isBlank(lines[i - 1]) && isBlank(lines[i + 1])) {
      // A footer after a complete paragraph is not needed to join anything: drop it.
      if (/[.:;!?]$/.test(previousText(out))) return;
      out.push(line);
      if (options.runningHead) out.push('', options.runningHead);
      return;
    }
    const at = t.length >= minSplitLength && isProse(t) ? findSplit(line) : undefined;
    if (at !== undefined && candidates++ % splitEvery === 0) {
      const page = ['', options.footer, ''];
      if (options.runningHead) page.push(options.runningHead, '');
      out.push(line.slice(0, at).trimEnd(), ...page, line.slice(at).trimStart());
      inserted++;
      return;
    }
    out.push(line);
  });
  return { text: out.join('\n'), inserted };
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function previousText(lines: readonly string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return lines[i]!.trim();
  return '';
}

/** A paragraph of running text: no table row, bullet, footnote, label or markup. */
function isProse(t: string): boolean {
  return classifyBlockStart(t) === 'text' && !t.includes('<');
}

/**
 * The first space past the middle between a word without closing punctuation and a word in
 * lower case: the second half can only continue the first.
 */
function findSplit(line: string): number | undefined {
  for (
    let i = line.indexOf(' ', Math.floor(line.length / 2));
    i > 0;
    i = line.indexOf(' ', i + 1)
  ) {
    if (/[\p{L}\p{N}]$/u.test(line.slice(0, i)) && /^\p{Ll}\p{L}/u.test(line.slice(i + 1)))
      return i + 1;
  }
  return undefined;
}
