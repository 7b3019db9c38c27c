/**
 * The end of the line for each unit, in input order: records are written,
 * messages printed, and everything counted for the summary.
 */
import type { Explain } from '../explain';
import type { TaskResult } from '../exec/task';
import type { Unit } from '../input/units';
import type { RecordWriter } from '../output/writers';
import type { Reporter } from './reporter';
import type { Counts } from './summary';

/** A unit and, for an article that was run, its result. */
export interface Outcome {
  unit: Unit;
  result?: TaskResult;
}

/** Writes one outcome's records and messages, and counts it. Returns false for a failure (--strict stops there). */
export class Emitter {
  constructor(
    private readonly counts: Counts,
    private readonly writer: RecordWriter,
    private readonly reporter: Reporter,
    private readonly explain: Explain | null,
  ) {}

  async emit({ unit, result }: Outcome): Promise<boolean> {
    switch (unit.kind) {
      case 'skipped':
        this.counts.skipped += 1;
        this.reporter.note(`${unit.where}: skipped, ${unit.reason}`);
        return true;
      case 'warning':
        this.reporter.warning(`${unit.where}: ${unit.message}`);
        return true;
      case 'failure':
        return this.fail(unit.where, unit.reason);
      case 'file-done':
        this.counts.files += 1;
        this.reporter.progress?.fileDone(this.counts.articles);
        return true;
      case 'article':
        return this.article(unit.where, result);
    }
  }

  private fail(where: string, reason: string): boolean {
    this.counts.failures += 1;
    this.reporter.error(`${where}: ${reason}`);
    return false;
  }

  private async article(where: string, result: TaskResult | undefined): Promise<boolean> {
    if (result && 'error' in result) return this.fail(where, result.error);
    this.counts.articles += 1;
    if (!result) {
      this.reporter.note(`${where}: empty text, no events`);
      return true;
    }
    for (const record of result.events) {
      await this.writer.write(record);
      this.counts.events += 1;
      if (this.explain) this.reporter.text(this.explain(record));
    }
    for (const bad of result.invalid) {
      this.counts.invalid += 1;
      this.reporter.error(`${where}: a record failed validation and was not written: ${bad.issues.join('; ')}`);
    }
    return result.invalid.length === 0;
  }
}
