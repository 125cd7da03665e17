import type { IngestProgress } from '../ingest/io/load-reports.js';

/** Where the progress goes: a terminal gets one line rewritten in place, anything else lines. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** On a terminal, the line is rewritten at most this often (the last update of a phase always). */
const terminalIntervalMs = 100;
/** Elsewhere (a log, a pipe), a line each time a phase passes another tenth of its work. */
const plainSteps = 10;

/**
 * Shows how far `npm run ingest` is: reports parsed, building the graph, then rows loaded (or,
 * committed in groups, reports parsed and committed), with the elapsed time and an estimate of what is left of the current phase (from its pace so far;
 * left out under a second). On a terminal it is one line updated in place; otherwise (CI logs,
 * pipes) a plain line per tenth of each phase.
 */
export class IngestProgressDisplay {
  private readonly started: number;
  private phaseStarted: number;
  private phase: IngestProgress['phase'] | undefined;
  private parsed: { done: number; total: number } | undefined;
  private lastWrite = -Infinity;
  private lastStep = -1;
  private lineOpen = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.phaseStarted = this.started;
  }

  update(progress: IngestProgress): void {
    const now = this.now();
    if (progress.phase !== this.phase) {
      this.phase = progress.phase;
      this.phaseStarted = now;
      this.lastStep = -1;
      this.lastWrite = -Infinity;
    }
    if (progress.phase === 'parse') this.parsed = { done: progress.done, total: progress.total };
    if (progress.phase === 'commit' && progress.parsed !== undefined)
      this.parsed = { done: progress.parsed, total: progress.total };
    const last = progress.done >= progress.total;
    if (this.stream.isTTY) {
      if (!last && now - this.lastWrite < terminalIntervalMs) return;
      this.lastWrite = now;
      this.stream.write(`\r\x1b[K${this.describe(progress, now)}`);
      this.lineOpen = true;
      return;
    }
    const step = Math.floor((plainSteps * progress.done) / Math.max(1, progress.total));
    if (step === this.lastStep) return;
    this.lastStep = step;
    this.stream.write(`${this.describe(progress, now)}\n`);
  }

  /** Ends the line a terminal was rewriting, so that what follows starts on its own line. */
  finish(): void {
    if (this.lineOpen) this.stream.write('\n');
    this.lineOpen = false;
  }

  private describe(progress: IngestProgress, now: number): string {
    const parts: string[] = [];
    if (this.parsed !== undefined)
      parts.push(`${count(this.parsed.done)}/${count(this.parsed.total)} reports parsed`);
    if (progress.phase === 'build') parts.push('building the graph');
    if (progress.phase === 'commit')
      parts.push(`${count(progress.done)}/${count(progress.total)} committed`);
    if (progress.phase === 'load')
      parts.push(
        `${count(progress.done)}/${count(progress.total)} rows loaded (${percent(progress)})`,
      );
    parts.push(`${clock(now - this.started)} elapsed`);
    const left = remaining(progress, now - this.phaseStarted);
    if (left !== undefined && left >= 1000)
      parts.push(`about ${clock(left)} left to ${progress.phase}`);
    return `ingest: ${parts.join(', ')}`;
  }
}

/** What is left of a phase at the pace it has had; unknown before any of it is done. */
function remaining(progress: IngestProgress, elapsedMs: number): number | undefined {
  if (progress.done <= 0 || progress.done >= progress.total) return undefined;
  return (elapsedMs * (progress.total - progress.done)) / progress.done;
}

function percent(progress: IngestProgress): string {
  return `${Math.floor((100 * progress.done) / Math.max(1, progress.total))}%`;
}

function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** `m:ss` (or `h:mm:ss`), rounded down to the second. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const mmss = `${h > 0 ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
