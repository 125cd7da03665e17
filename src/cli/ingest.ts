import { basename, resolve } from 'node:path';
import { readConfig } from '../config/config.js';
import { parseBatchSize, readLoadOptions } from './batch-size.js';
import { closingStore } from './closing-store.js';
import { clock, IngestProgressDisplay } from './ingest-progress.js';
import { openConfiguredStore } from '../graph/open-store.js';
import { loadCatalog } from '../graph/queries.js';
import { buildDataset } from '../ingest/build-dataset.js';
import { parseReportFiles } from '../ingest/io/ingest-files.js';
import { defaultReportsPerCommit, ingestReportFiles } from '../ingest/io/load-reports.js';
import { formatSummary, summariseIngestion } from '../ingest/io/summarise.js';
import { loadVocabulary } from '../ingest/vocabulary/vocabulary.js';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

const usage = 'usage: npm run ingest -- [--dry-run] [--replace] [--resume] <report.txt>...';
const options = ['--dry-run', '--replace', '--resume'];

/**
 * `npm run ingest -- <file.txt>...`: parses the given reports and adds or replaces them in the
 * configured store (embedded DATA_DIR or Neo4j). Up to INGEST_REPORTS_PER_COMMIT files (10)
 * are parsed first and written in one transaction (up to LOAD_TRANSACTION_ROWS rows), so a file
 * that cannot be parsed stops the run before anything is written, with a message naming file
 * and line. More files are read and committed that many at a time, each group in one
 * transaction, so memory does not grow with the corpus: a failure leaves the reports before
 * the bad file committed, and `--resume` with the same files skips those (by file name) and
 * finishes the job. Progress goes to stderr (one line updated in place on a terminal, a line
 * per tenth of each phase otherwise); stdout gets one summary line.
 * `--dry-run` prints what would be written (counts per kind and theme, unrecognised headings,
 * discovered entities) and writes nothing. A file that would replace a stored report with much
 * less of it (a truncated copy) is refused naming what would be lost; `--replace` forces it.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg.startsWith('--') && !options.includes(arg));
  const files = args
    .filter((arg) => !arg.startsWith('--'))
    .map((file) => resolve(invokedFrom, file));
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown[0]}\n` : ''}${usage}\n`);
    process.exit(2);
  }
  const config = readConfig();
  const read = { maxReportBytes: config.maxReportBytes };
  if (args.includes('--dry-run')) {
    const vocabulary = await loadVocabulary();
    const reports = await parseReportFiles(files, vocabulary, read);
    process.stdout.write(
      formatSummary(summariseIngestion(reports, buildDataset(reports, vocabulary))),
    );
    return;
  }
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema, {
    onRecovery: (message) => process.stderr.write(`${message}\n`),
  });
  const started = performance.now();
  const progress = new IngestProgressDisplay(process.stderr);
  const reportsPerCommit = parseBatchSize(
    'INGEST_REPORTS_PER_COMMIT',
    process.env.INGEST_REPORTS_PER_COMMIT,
    defaultReportsPerCommit,
  );
  const summary = await closingStore(store, (opened) =>
    ingestReportFiles(opened, catalog, files, {
      ...read,
      replace: args.includes('--replace'),
      resume: args.includes('--resume'),
      load: readLoadOptions({}),
      ...(files.length > reportsPerCommit && { reportsPerCommit }),
      onProgress: (step) => progress.update(step),
    }),
  ).finally(() => progress.finish());
  const others = files.length > 1 ? ` and ${files.length - 1} other file(s)` : '';
  const skipped =
    summary.skipped > 0 ? `; skipped ${summary.skipped} file(s) already stored (--resume)` : '';
  process.stdout.write(
    `ingested ${summary.reports} report(s) from ${basename(files[0]!)}${others}: ` +
      `${summary.nodes} nodes, ${summary.relationships} relationships into the ${store.engine} store ` +
      `in ${clock(performance.now() - started)} (${summary.transactions} transaction(s))${skipped}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ingest failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
