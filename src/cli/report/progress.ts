/**
 * The progress bar on a terminal's stderr (cli-progress, required only when
 * shown): files done of total, articles per second, time left. The total
 * grows while a background walk counts the inputs.
 */
import type { Writable } from 'node:stream';

export interface Progress {
  setTotal(files: number): void;
  fileDone(articlesSoFar: number): void;
  log(line: string): void;
  stop(): void;
}

export function startProgress(stream: Writable): Progress {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  const multi = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'extract {bar} {value}/{total} files | {rate} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(1, 0, { rate: '0' });
  const started = performance.now();
  let done = 0;
  let total = 1;
  return {
    setTotal(files) {
      total = Math.max(files, done, 1);
      bar.setTotal(total);
    },
    fileDone(articlesSoFar) {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      if (done > total) bar.setTotal((total = done));
      bar.update(done, { rate: seconds > 0 ? (articlesSoFar / seconds).toFixed(1) : '0' });
    },
    log(line) {
      multi.log(line.endsWith('\n') ? line : `${line}\n`);
    },
    stop() {
      multi.stop();
    },
  };
}
