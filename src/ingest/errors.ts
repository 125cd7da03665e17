/**
 * Errors ingestion raises on purpose. Each names the file (and, for report content, the line),
 * so that a failed run says exactly where to look.
 */

/** A report file is empty, binary, not an HMIC report, truncated, or names something unknown. */
export class ReportParseError extends Error {
  override readonly name = 'ReportParseError';
  /**
   * @param file the report's file name (basename)
   * @param line 1-based line the problem was found at
   * @param reason what is wrong, in a short phrase
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** A report file could not be read at all (missing, unreadable). */
export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}

/** A vocabulary file is missing, not JSON, fails its schema, or contradicts itself. */
export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problems.join('; ')}`, options);
  }
}
