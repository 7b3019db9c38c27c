/**
 * Where output bytes go. `-o FILE` writes to a temporary file in the same
 * folder and renames it over FILE only when the run finished, so an
 * interrupted or failed run never leaves a partial file under the final name.
 * Stdout is written as it comes; a reader that goes away (`| head`) ends the
 * run quietly instead of crashing with EPIPE.
 */
import { createWriteStream, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { describeError } from '../input/errors';

export interface Sink {
  /** The underlying stream, for writers (exceljs) that pipe into it. */
  readonly stream: Writable;
  /** Resolves when the stream can take more (backpressure keeps memory bounded). */
  write(chunk: string | Uint8Array): Promise<void> | void;
  /** True once the reader has gone away (EPIPE): stop producing. */
  readonly closed: boolean;
  /** Ends the output: for a file, renames it into place. */
  commit(): Promise<void>;
  /** Drops the output: for a file, deletes the temporary file. Synchronous, so signal handlers can call it. */
  abort(): void;
}

function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

async function endStream(stream: Writable): Promise<void> {
  if (!stream.writableFinished) {
    if (!stream.writableEnded) stream.end();
    await once(stream, 'finish');
  }
}

export function stdoutSink(stdout: Writable): Sink {
  let closed = false;
  let failure: Error | null = null;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else failure = new Error(`cannot write to stdout: ${describeError(error)}`);
  });
  return {
    stream: stdout,
    get closed() {
      return closed;
    },
    write(chunk) {
      if (failure) throw failure;
      if (closed) return;
      if (!stdout.write(chunk)) return waitForDrain(stdout);
    },
    async commit() {
      // exceljs ends the stream it pipes into; for text formats stdout stays open for the caller.
      if (stdout.writableEnded && !stdout.writableFinished && !closed) await once(stdout, 'finish');
    },
    abort() {},
  };
}

/** Opens `-o FILE` for writing; rejects with a readable reason when the folder is not writable. */
export async function atomicFileSink(path: string): Promise<Sink> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(temp, { flags: 'w' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new Error(`cannot write ${path}: ${describeError(error)}`);
  }
  let failure: Error | null = null;
  let aborted = false;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    stream,
    closed: false,
    write(chunk) {
      if (aborted) return; // interrupted: records still on their way are dropped with the file
      if (failure) throw failure;
      if (!stream.write(chunk)) return waitForDrain(stream);
    },
    async commit() {
      await endStream(stream);
      if (failure) throw failure;
      renameSync(temp, path);
    },
    abort() {
      if (aborted) return;
      aborted = true;
      stream.destroy();
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    },
  };
}
