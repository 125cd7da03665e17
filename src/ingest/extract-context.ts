import type { GradeScale } from '../domain/grade-scales.js';
import type { Layout } from './layout/layout.js';
import type { Section } from './report.types.js';
import type { ForceEntry, Vocabulary } from './vocabulary/vocabulary.types.js';

/** Everything an extractor reads: the laid-out report, its section tree and the vocabulary. */
export interface ExtractContext {
  readonly file: string;
  readonly layout: Layout;
  readonly tree: Section;
  readonly vocabulary: Vocabulary;
  /** Framework family the report's themes belong to (`HMIC_INSPECTION`). */
  readonly frameworkFamily: string;
  readonly scale: GradeScale;
  readonly force: ForceEntry;
  /** Records something noticed and resolved, with its line. */
  readonly warn: (line: number, message: string) => void;
}
