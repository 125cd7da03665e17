/**
 * Running heads and running feet: a title the PDF printed on every page (`Metropolitan Police
 * Service – Inspection Report`) that the conversion kept as a line of its own next to the page
 * number or date footer. They are page furniture like the footer itself, and must not end up
 * inside a paragraph or be read as a heading:
 *
 *     …the force has invested in          ← a paragraph split by the page break
 *
 *     October 2007                        ← footer (already recognised)
 *
 *     Metropolitan Police – Inspection Report   ← running head: same line at many page breaks
 *
 *     neighbourhood teams across…
 *
 * A line is a running head when it stands alone (blank lines around it), recurs at least
 * `minRepeats` times, nearly every occurrence sits next to a footer with only blank lines
 * between, and it does so at a good share of all page breaks. Headings that recur
 * (`Strengths`, a developing-practice item's `INSPECTION AREA: …` starting a new page) stand
 * next to a page break only now and then.
 */

/** Fewest page breaks a running head must be seen at. */
const minRepeats = 3;
/** Share of a line's occurrences that must sit at a page break. */
const minShareAtBreaks = 0.75;
/** Share of all page breaks a running head must be printed at. */
const minShareOfBreaks = 0.5;
/** Longest line taken for a running head (a report title, not a paragraph). */
const maxLength = 120;

/**
 * The 0-based indexes of running-head lines, given each line's trimmed text and its `LineKind`
 * as classified so far (`blank`, `footer`, `text`, …; footers already marked).
 */
export function findRunningHeads(texts: readonly string[], kinds: readonly string[]): Set<number> {
  const occurrences = new Map<string, number[]>();
  const isBlank = (i: number): boolean => i < 0 || i >= kinds.length || kinds[i] === 'blank';
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (kinds[i] !== 'text' || t.length > maxLength || !isBlank(i - 1) || !isBlank(i + 1)) continue;
    const list = occurrences.get(t);
    if (list) list.push(i);
    else occurrences.set(t, [i]);
  }
  const breaks = kinds.filter((k) => k === 'footer').length;
  const out = new Set<number>();
  for (const indexes of occurrences.values()) {
    if (indexes.length < minRepeats) continue;
    const atBreak = indexes.filter((i) => isNextToFooter(kinds, i)).length;
    if (
      atBreak >= minRepeats &&
      atBreak >= indexes.length * minShareAtBreaks &&
      atBreak >= breaks * minShareOfBreaks
    )
      for (const i of indexes) if (isNextToFooter(kinds, i)) out.add(i);
  }
  return out;
}

/** The nearest non-blank line above or below (within a few lines) is a footer. */
function isNextToFooter(kinds: readonly string[], index: number): boolean {
  const reach = 4;
  for (const step of [-1, 1]) {
    for (let i = index + step, n = 0; i >= 0 && i < kinds.length && n < reach; i += step, n++) {
      if (kinds[i] === 'footer') return true;
      if (kinds[i] !== 'blank') break;
    }
  }
  return false;
}
