import type { Layout, SourceLine } from './layout.js';
import type { FamilyId } from '../report.types.js';

/**
 * Recognises which inspection a report belongs to, from the wording of its cover:
 * - `PEEL: Police effectiveness 2016` → family PEEL, framework `PEEL_EFFECTIVENESS_2016`
 *   (the pillar and the year as printed in the title);
 * - `HMIC Inspection Report` with `Major Crime` on the cover → `MAJOR_CRIME_<publication year>`;
 * - `HMIC Inspection Report` whose body has a `Programmed frameworks` heading (the 2007
 *   programme of inspections) → `HMIC_INSPECTION_<publication year>`.
 */

export interface FrameworkDetection {
  readonly family: FamilyId;
  /** Framework id without its year (`PEEL_EFFECTIVENESS`). */
  readonly frameworkFamily: string;
  /** Year printed in the framework's name, when it has one (PEEL); else the publication year applies. */
  readonly year: number | undefined;
  /** The cover line the detection rests on. */
  readonly line: SourceLine;
}

/** How many text lines the cover may span when a report has no contents page. */
const coverTextLines = 40;

/** The cover: text lines before the contents heading (or the first lines of a report without one). */
export function listCoverLines(layout: Layout): SourceLine[] {
  const text = layout.lines.filter((l) => l.kind === 'text' || l.kind === 'footer');
  const contents = text.findIndex((l) => /^(table of )?contents$/i.test(l.text.trim()));
  return contents >= 0 ? text.slice(0, contents) : text.slice(0, coverTextLines);
}

/** Detects the report's framework, or undefined when it is not a report of a known family. */
export function detectFramework(layout: Layout): FrameworkDetection | undefined {
  const cover = listCoverLines(layout);
  for (const line of cover) {
    const peel =
      /^PEEL:\s*Police\s+(effectiveness|efficiency|legitimacy|leadership)\s+((?:19|20)\d\d)\b/i.exec(
        line.text.trim(),
      );
    if (peel)
      return {
        family: 'PEEL',
        frameworkFamily: `PEEL_${peel[1]!.toUpperCase()}`,
        year: Number(peel[2]),
        line,
      };
  }
  const hmic = cover.find((l) => /\bHMIC Inspection Report\b/i.test(l.text));
  if (!hmic) return undefined;
  if (cover.some((l) => /\bmajor crime\b/i.test(l.text)))
    return { family: 'MAJOR_CRIME', frameworkFamily: 'MAJOR_CRIME', year: undefined, line: hmic };
  const programmed = layout.lines.some(
    (l) => l.kind === 'text' && /^programmed frameworks$/i.test(l.text.trim()),
  );
  if (programmed)
    return {
      family: 'HMIC_INSPECTION',
      frameworkFamily: 'HMIC_INSPECTION',
      year: undefined,
      line: hmic,
    };
  return undefined;
}
