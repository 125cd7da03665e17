import type { Block } from '../layout/layout.js';

/**
 * What an indicator table says about itself outside its rows: the caption above it
 * (`Figure 2: Police-recorded crime rates (per 1,000 population) …, for the 12 months to
 * 30 June 2016`) and the footnotes below it (`^{*} The rate of burglary in a dwelling is the
 * rate for 1,000 households, rather than population`).
 */

/** How far a caption may stand above its header, and a footnote below the last row, in blocks. */
const captionReach = 3;
const footnoteReach = 6;

/** The `Figure N: …` caption just above the header block, if any. */
export function findCaption(blocks: readonly Block[], headerIndex: number): string | undefined {
  for (let i = headerIndex - 1; i >= Math.max(0, headerIndex - captionReach); i--) {
    const block = blocks[i]!;
    if (block.kind === 'table') return undefined;
    if (/^figure\s+\d+/i.test(block.text)) return block.text;
  }
  return undefined;
}

/** The text of the footnote for `marker` (`*`) printed shortly after block `from`, if any. */
export function findFootnoteText(
  blocks: readonly Block[],
  from: number,
  marker: string,
): string | undefined {
  for (let i = from; i < Math.min(blocks.length, from + footnoteReach); i++) {
    const text = blocks[i]!.text.replace(/^\$?\^\{\^?\{?([^}]*)\}?\}\$?\s*/, '$1 ');
    if (text.startsWith(marker) && !text.startsWith(`${marker}*`))
      return text.slice(marker.length).trim();
  }
  return undefined;
}

/** `12 months to 30 June 2016`, `as at 1 July 2016` or `2007/08` from a caption or note. */
export function readPeriod(text: string | undefined): string | null {
  if (text === undefined) return null;
  const m =
    /\b(12 months to \d{1,2} [A-Z][a-z]+ \d{4}|as at \d{1,2} [A-Z][a-z]+ \d{4}|(?:19|20)\d\d\/\d\d)\b/.exec(
      text,
    );
  return m ? m[1]! : null;
}

const perUnit =
  /\bper\s+((?:[\d,]+|one|a)(?:\s+million)?)\s+(population|households|people|crimes|offences|incidents)\b/i;

/** `per 1,000 population` where the text states a rate's base. */
function readPerUnit(text: string | undefined): string | null {
  const m = text === undefined ? null : perUnit.exec(text);
  return m ? `per ${m[1]} ${m[2]!.toLowerCase()}` : null;
}

export interface RowUnitInput {
  readonly label: string;
  readonly valueText: string;
  readonly labelHeading: string;
  readonly caption: string | undefined;
  /** The footnote the row's label points to (`Burglary in a dwelling*`). */
  readonly footnote: string | undefined;
}

/**
 * A row's unit, most specific source first: its footnote (`the rate for 1,000 households`), its
 * label (`… per 10,000 population`, `% of …`), its printed value (`53.66%`), the label column's
 * heading (`Rates per 1,000 population`), the caption (`(per 1,000 population)`,
 * `Proportion of …`, `Rate of outcomes … offences` = per 100 offences). Null when none says.
 */
export function readRowUnit(row: RowUnitInput): string | null {
  const footnote = row.footnote?.replace(/\b(?:rate\s+)?for\s+([\d,]+)\s/i, 'per $1 ');
  return (
    readPerUnit(footnote) ??
    readPerUnit(row.label) ??
    (row.label.startsWith('%') || row.valueText.endsWith('%') ? '%' : null) ??
    readPerUnit(row.labelHeading) ??
    readPerUnit(row.caption) ??
    (row.caption && /^(?:figure\s+\d+:\s*)?(?:proportion|percentage)\b/i.test(row.caption)
      ? '%'
      : null) ??
    // HMIC's outcome rates are outcomes per 100 offences (PEEL annex A: "the number of each
    // outcome recorded … divided by the total number of … offences recorded").
    (row.caption && /^(?:figure\s+\d+:\s*)?rate\s+of\s+outcomes\b.*\boffences\b/i.test(row.caption)
      ? 'per 100 offences'
      : null)
  );
}
