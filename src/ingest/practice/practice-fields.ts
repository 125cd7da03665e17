/**
 * The labels of a developing-practice item and the text between them. Labels are printed in
 * capitals and end in a colon (`OUTCOME(S) :` once has a space before it); ordinary prose that
 * happens to say `problem:` is not a label.
 */

export type PracticeField = 'area' | 'title' | 'problem' | 'solution' | 'outcome' | 'contact';

export interface PracticeSegment {
  /** The label that opens the segment; undefined for text before the first label. */
  readonly field: PracticeField | undefined;
  /** Text up to the next label, trimmed (may be empty: the text follows in the next paragraphs). */
  readonly text: string;
}

const labels: Readonly<Record<string, PracticeField>> = {
  'INSPECTION AREA': 'area',
  TITLE: 'title',
  PROBLEM: 'problem',
  PROBLEMS: 'problem',
  SOLUTION: 'solution',
  SOLUTIONS: 'solution',
  OUTCOME: 'outcome',
  OUTCOMES: 'outcome',
  'OUTCOME(S)': 'outcome',
  'FORCE CONTACT': 'contact',
};

const labelPattern =
  /(?<![\p{L}\p{N}])(INSPECTION AREA|TITLE|PROBLEMS?|SOLUTIONS?|OUTCOME\(S\)|OUTCOMES?|FORCE CONTACT)[ \t]*:/gu;

/**
 * Splits a block into labelled segments: `TITLE: Gold Groups PROBLEM:` → title `Gold Groups`,
 * problem ``. Markup is removed first, so `**TITLE:**` and `<p>TITLE: …</p>` read as labels.
 */
export function splitPracticeFields(text: string): PracticeSegment[] {
  const plain = stripMarkup(text);
  const segments: PracticeSegment[] = [];
  let field: PracticeField | undefined;
  let from = 0;
  for (const m of plain.matchAll(labelPattern)) {
    const before = plain.slice(from, m.index).trim();
    if (before !== '' || field !== undefined) segments.push({ field, text: before });
    field = labels[m[1]!];
    from = m.index + m[0].length;
  }
  const rest = plain.slice(from).trim();
  if (rest !== '' || field !== undefined) segments.push({ field, text: rest });
  return segments;
}

/** Text as printed minus conversion markup (see `stripMarkup`) and doubled spaces. */
export function cleanPracticeText(text: string): string {
  return stripMarkup(text);
}

/**
 * Removes conversion markup: HTML paragraph and list tags become line breaks (`<p>A</p> <p>B</p>`
 * is two paragraphs), inline `•` items start lines, `**` bold marks and other tags go.
 */
function stripMarkup(text: string): string {
  return text
    .replace(/<\/?(?:p|li|ul|ol|div|br)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\*\*/g, ' ')
    .replace(/\s+•\s+/g, '\n• ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
