/**
 * Everything the CLI says on stderr goes through here, so messages and the
 * progress bar do not garble each other. Errors and warnings always print;
 * notes, progress and the summary are silenced by --quiet.
 */
import type { Writable } from 'node:stream';
import { startProgress, type Progress } from './progress';

export interface Reporter {
  error(message: string): void;
  warning(message: string): void;
  note(message: string): void;
  /** Free text (--explain), printed as is. */
  text(block: string): void;
  progress: Progress | null;
  stop(): void;
}

export interface ReporterOptions {
  stderr: Writable;
  quiet: boolean;
  /** Show a progress bar (stderr is a terminal and not --quiet). */
  progress: boolean;
}

export function createReporter(options: ReporterOptions): Reporter {
  const progress = options.progress ? startProgress(options.stderr) : null;
  const print = (line: string): void => {
    if (progress) progress.log(line);
    else options.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  };
  return {
    error: (message) => print(`extract: ${message}`),
    warning: (message) => print(`extract: warning: ${message}`),
    note: (message) => {
      if (!options.quiet) print(`extract: ${message}`);
    },
    text: print,
    progress,
    stop: () => progress?.stop(),
  };
}
