import { ReportParseError } from '../errors.js';
import type { FrameworkDetection } from './framework.js';
import { listCoverLines } from './framework.js';
import type { Block, Layout, SourceLine } from './layout.js';
import type { ReportMetadata } from '../report.types.js';
import { findForce } from '../vocabulary/lookup.js';
import type { ForceEntry, Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * Report metadata from the cover: title, force, publication month, ISBN and framework id.
 *
 * Title: for HMIC reports `<cover subject> – HMIC Inspection Report` (the cover subject is the
 * line after `HMIC Inspection Report`: `Thames Valley Police`, `Metropolitan Police Major
 * Crime`); for PEEL `<title line> – <subtitle line>` (`PEEL: Police effectiveness 2016 – An
 * inspection of the Metropolitan Police Service`).
 */

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export interface MetadataInput {
  readonly file: string;
  readonly layout: Layout;
  readonly detection: FrameworkDetection;
  readonly vocabulary: Vocabulary;
}

export interface ExtractedMetadata {
  readonly metadata: ReportMetadata;
  readonly force: ForceEntry;
}

export function extractMetadata(input: MetadataInput): ExtractedMetadata {
  const { file, layout, detection } = input;
  const cover = listCoverLines(layout);
  const published = findPublicationMonth(cover);
  if (!published)
    throw new ReportParseError(
      file,
      detection.line.number,
      "no publication month (e.g. 'October 2007') on the cover",
    );
  const { title, force } =
    detection.family === 'PEEL' ? readPeelTitle(input, cover) : readHmicTitle(input, cover);
  const year = detection.year ?? Number(published.slice(0, 4));
  return {
    force,
    metadata: {
      title,
      forceId: force.id,
      publishedOn: published,
      isbn: findIsbn(cover),
      framework: `${detection.frameworkFamily}_${year}`,
      frameworkFamily: detection.frameworkFamily,
      sourceFile: file,
      lineCount: layout.lines.length,
    },
  };
}

/** The first bare `Month YYYY` line of the cover, as `YYYY-MM`. */
function findPublicationMonth(cover: readonly SourceLine[]): string | undefined {
  for (const line of cover) {
    const m = /^([a-z]+)\s+((?:19|20)\d\d)$/i.exec(line.text.trim());
    const month = m ? months.indexOf(m[1]!.toLowerCase()) : -1;
    if (m && month >= 0) return `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  return undefined;
}

function findIsbn(cover: readonly SourceLine[]): string | null {
  for (const line of cover) {
    const m = /\bISBN(?:-1[03])?\s*:?\s*([0-9][0-9 -]{8,20}[0-9Xx])\b/.exec(line.text);
    if (m) return m[1]!.replace(/\s+/g, '');
  }
  return null;
}

/** Cover text as blocks, so that a cover line re-wrapped onto two lines still reads as one. */
function listCoverBlocks(layout: Layout, cover: readonly SourceLine[]): Block[] {
  const last = cover[cover.length - 1]?.number ?? 0;
  return layout.blocks.filter((b) => b.lineEnd <= last);
}

function readHmicTitle(
  input: MetadataInput,
  cover: readonly SourceLine[],
): { title: string; force: ForceEntry } {
  const blocks = listCoverBlocks(input.layout, cover);
  const kindIndex = blocks.findIndex((b) => /^HMIC Inspection Report$/i.test(b.text));
  const subject = kindIndex >= 0 ? blocks[kindIndex + 1] : undefined;
  const titleBlock = blocks.find((b) => /\S\s+[–—-]\s+HMIC Inspection Report$/i.test(b.text));
  const named = titleBlock?.text.replace(/\s+[–—-]\s+HMIC Inspection Report$/i, '');
  const candidates: [string, number][] = [];
  if (titleBlock && named) candidates.push([named, titleBlock.lineStart]);
  if (subject) candidates.push([subject.text, subject.lineStart]);
  const force = resolveForce(input, candidates);
  const title = `${collapse(subject?.text ?? named ?? '')} – HMIC Inspection Report`;
  return { title, force };
}

function readPeelTitle(
  input: MetadataInput,
  cover: readonly SourceLine[],
): { title: string; force: ForceEntry } {
  const blocks = listCoverBlocks(input.layout, cover);
  const at = blocks.findIndex((b) => b.lines.includes(input.detection.line.number));
  const head = at >= 0 ? blocks[at]! : undefined;
  const subtitle = at >= 0 ? blocks[at + 1] : undefined;
  const inspected = blocks.find((b) => /^An inspection of\s+\S/i.test(b.text));
  const candidates: [string, number][] = inspected
    ? [[inspected.text.replace(/^An inspection of\s+/i, ''), inspected.lineStart]]
    : [];
  const force = resolveForce(input, candidates);
  const headText = collapse(head?.text ?? input.detection.line.text);
  return { title: subtitle ? `${headText} – ${collapse(subtitle.text)}` : headText, force };
}

/** The first candidate naming a known force; otherwise an error at the first candidate's line. */
function resolveForce(input: MetadataInput, candidates: readonly [string, number][]): ForceEntry {
  for (const [name] of candidates) {
    const force = findForce(input.vocabulary, name);
    if (force) return force;
  }
  const first = candidates[0];
  if (!first)
    throw new ReportParseError(
      input.file,
      input.detection.line.number,
      'no force named on the cover',
    );
  throw new ReportParseError(input.file, first[1], `unknown force '${first[0]}'`);
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
