import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { GraphDataset } from '../../domain/dataset.js';
import { buildDataset } from '../build-dataset.js';
import { ReportParseError, ReportReadError } from '../errors.js';
import { parseReport } from '../parse-report.js';
import type { ParsedReport } from '../report.types.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';
import { defaultMaxReportBytes } from '../../config/config.js';
import { formatBytes } from '../../config/format-bytes.js';

/**
 * The I/O edge of ingestion: reads report files, parses them all, builds one dataset. Every
 * error names the file (and, for content, the line).
 */

/** How files are read: the size limit. */
export interface ReadOptions {
  readonly maxReportBytes?: number;
}

/**
 * Reads a report as UTF-8 text; binary or badly encoded content is a `ReportParseError`. A file
 * over the size limit is refused before it is read.
 */
export async function readReportText(path: string, options: ReadOptions = {}): Promise<string> {
  const file = basename(path);
  const maxBytes = options.maxReportBytes ?? defaultMaxReportBytes;
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > maxBytes)
      throw new ReportReadError(
        file,
        `${formatBytes(size)} is over the limit of ${formatBytes(maxBytes)} for one report file (MAX_REPORT_BYTES)`,
      );
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      {
        cause: error,
      },
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new ReportParseError(file, countLines(bytes, nul), 'binary content (NUL byte)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReportParseError(file, countLines(bytes, findInvalidUtf8(bytes)), 'not UTF-8 text');
  }
}

/**
 * Reads and parses each file, in the order given; any failure names its file. `onParsed`
 * hears how many of them are parsed: 0 before the first, then after each.
 */
export async function parseReportFiles(
  paths: readonly string[],
  vocabulary: Vocabulary,
  options: ReadOptions = {},
  onParsed?: (done: number, total: number) => void,
): Promise<ParsedReport[]> {
  const reports: ParsedReport[] = [];
  onParsed?.(0, paths.length);
  for (const path of paths) {
    reports.push(await parseReportFile(path, vocabulary, options));
    onParsed?.(reports.length, paths.length);
  }
  return reports;
}

/** Reads and parses one report file; any failure names the file. */
export async function parseReportFile(
  path: string,
  vocabulary: Vocabulary,
  options: ReadOptions = {},
): Promise<ParsedReport> {
  const text = await readReportText(path, options);
  try {
    return parseReport(text, basename(path), vocabulary);
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    // A parser bug still has to say which file triggered it.
    throw new Error(`${basename(path)}: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads, parses and builds one dataset from the given report files. */
export async function ingestFiles(
  paths: readonly string[],
  vocabulary: Vocabulary,
  options: ReadOptions = {},
): Promise<GraphDataset> {
  return buildDataset(await parseReportFiles(paths, vocabulary, options), vocabulary);
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
