/**
 * A synthetic corpus for `npm run bench:scale`: copies of the seed reports, each naming another
 * of the 43 forces and another publication month, so that every copy gets new report and item
 * ids and the graph grows as a real corpus would (more reports per force, more forces per
 * theme, the same kinds of text). It measures cost, not extraction quality: the copies repeat
 * the seed reports' findings word for word.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseReport } from '../../src/ingest/parse-report.js';
import type { ForceEntry, Vocabulary } from '../../src/ingest/vocabulary/vocabulary.types.js';

/** One seed report as the generator copies it. */
export interface SeedReport {
  readonly file: string;
  readonly text: string;
  /** The report id ingestion gives the seed, e.g. `2007-10-metropolitan-police-inspection`. */
  readonly id: string;
  readonly force: ForceEntry;
  /** `YYYY-MM`. */
  readonly publishedOn: string;
}

/** One copy to write: which seed, under which force and month. */
export interface SyntheticCopy {
  readonly seed: SeedReport;
  readonly force: ForceEntry;
  /** `YYYY-MM`: the seed's year, another month. */
  readonly publishedOn: string;
  /** The id ingestion will give the copy. */
  readonly id: string;
  /** `<id>.txt`. */
  readonly file: string;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2007-10` → `October 2007`, the way a cover prints it. */
export function formatCoverMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${monthNames[Number(month) - 1]} ${year}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The names a report uses for `force` that the copy replaces: its canonical name and the aliases
 * of two words or more, longest first (so "Metropolitan Police Service" goes before
 * "Metropolitan Police"). Acronyms and "the Met" stay: a copy may still mention its seed's force.
 */
function namesToReplace(force: ForceEntry): string[] {
  const names = new Set([force.name, ...force.aliases.filter((a) => /^[A-Z]\S*\s+\S/.test(a))]);
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * The seed text rewritten for another force and month: every full name of the seed's force
 * becomes `to`'s canonical name, its short name `to`'s short name, and each line that prints
 * the publication month alone (the cover) the new month.
 */
export function retargetReport(
  text: string,
  seed: Pick<SeedReport, 'force' | 'publishedOn'>,
  to: ForceEntry,
  publishedOn: string,
): string {
  let result = text;
  for (const name of namesToReplace(seed.force))
    result = result.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'), to.name);
  result = result.replace(
    new RegExp(`\\b${escapeRegExp(seed.force.shortName)}\\b`, 'g'),
    to.shortName,
  );
  const month = new RegExp(
    `^(\\s*)${escapeRegExp(formatCoverMonth(seed.publishedOn))}(\\s*)$`,
    'gm',
  );
  return result.replace(month, `$1${formatCoverMonth(publishedOn)}$2`);
}

/** Reads and parses the seed reports, to learn each one's force, month and id. */
export async function readSeedReports(
  files: readonly string[],
  vocabulary: Vocabulary,
): Promise<SeedReport[]> {
  const seeds: SeedReport[] = [];
  for (const path of files) {
    const text = await readFile(path, 'utf8');
    const parsed = parseReport(text, basename(path), vocabulary);
    const force = vocabulary.forces.find((f) => f.id === parsed.metadata.forceId);
    if (!force) throw new Error(`${basename(path)}: force ${parsed.metadata.forceId} unknown`);
    seeds.push({
      file: basename(path),
      text,
      id: parsed.id,
      force,
      publishedOn: parsed.metadata.publishedOn,
    });
  }
  return seeds;
}

/**
 * The id a copy of `seed` under `force` and `publishedOn` gets: the seed's id with its month and
 * force replaced (the framework part stays, as the year does).
 */
function copyId(seed: SeedReport, force: ForceEntry, publishedOn: string): string {
  const prefix = `${seed.publishedOn}-${seed.force.id}-`;
  if (!seed.id.startsWith(prefix))
    throw new Error(`seed id ${seed.id} does not start with ${prefix}`);
  return `${publishedOn}-${force.id}-${seed.id.slice(prefix.length)}`;
}

/**
 * Plans `count` copies, deterministically: month by month through the seeds' own years, force by
 * force, seed by seed, skipping any id already taken (a seed's own, or a copy of a seed of the
 * same framework). Throws when the seeds cannot give that many distinct ids.
 */
export function planSyntheticCorpus(
  seeds: readonly SeedReport[],
  forces: readonly ForceEntry[],
  count: number,
): SyntheticCopy[] {
  const taken = new Set(seeds.map((s) => s.id));
  const copies: SyntheticCopy[] = [];
  for (let month = 1; month <= 12 && copies.length < count; month++) {
    for (const force of forces) {
      for (const seed of seeds) {
        if (copies.length >= count) break;
        const publishedOn = `${seed.publishedOn.slice(0, 4)}-${String(month).padStart(2, '0')}`;
        const id = copyId(seed, force, publishedOn);
        if (taken.has(id)) continue;
        taken.add(id);
        copies.push({ seed, force, publishedOn, id, file: `${id}.txt` });
      }
    }
  }
  if (copies.length < count)
    throw new RangeError(
      `the ${seeds.length} seed reports give at most ${copies.length} distinct copies, not ${count}`,
    );
  return copies;
}

/**
 * Writes a corpus of `reports` files into `dir`: the seed reports themselves, then synthetic
 * copies up to that number. Returns the paths, seeds first.
 */
export async function writeSyntheticCorpus(
  dir: string,
  seeds: readonly SeedReport[],
  forces: readonly ForceEntry[],
  reports: number,
): Promise<string[]> {
  if (reports < seeds.length)
    throw new RangeError(
      `a corpus holds the ${seeds.length} seed reports at least, not ${reports}`,
    );
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const seed of seeds) {
    const path = join(dir, seed.file);
    await writeFile(path, seed.text);
    paths.push(path);
  }
  for (const copy of planSyntheticCorpus(seeds, forces, reports - seeds.length)) {
    const path = join(dir, copy.file);
    await writeFile(path, retargetReport(copy.seed.text, copy.seed, copy.force, copy.publishedOn));
    paths.push(path);
  }
  return paths;
}
