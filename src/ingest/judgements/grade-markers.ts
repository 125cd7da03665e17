import type { ExtractContext } from '../extract-context.js';
import { matchGradePrefix, type GradeMatch } from '../vocabulary/grade-lookup.js';
import { findContentLineAfter } from '../layout/layout.js';

/**
 * GRADE markers of the HMIC reports, in the three shapes the PDF conversion left them:
 *
 *     GRADE\tGOOD                 one line, a tab between
 *     GRADE                       two lines: the grade on the next text line
 *
 *     FAIR
 *     GRADE\tExceeds the standard – and delivering at the appropriate level for …
 *
 * Only the grade at the start of the text after `GRADE` counts.
 */

export interface GradeMarker extends GradeMatch {
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The marker's source lines, trimmed, joined with a space. */
  readonly quote: string;
}

export function findGradeMarkers(ctx: ExtractContext): GradeMarker[] {
  const markers: GradeMarker[] = [];
  for (const line of ctx.layout.lines) {
    if (line.kind !== 'text') continue;
    const text = line.text.trim();
    const m = /^grade\b[\s:–-]*(.*)$/i.exec(text);
    if (!m) continue;
    const rest = m[1]!.trim();
    if (rest !== '') {
      const grade = matchGradePrefix(ctx.scale, rest);
      if (grade)
        markers.push({ ...grade, lineStart: line.number, lineEnd: line.number, quote: text });
      continue;
    }
    const next = findContentLineAfter(ctx.layout, line.number);
    const grade = next ? matchGradePrefix(ctx.scale, next.text) : undefined;
    if (next && grade)
      markers.push({
        ...grade,
        lineStart: line.number,
        lineEnd: next.number,
        quote: `${text} ${next.text.trim()}`,
      });
  }
  return markers;
}
