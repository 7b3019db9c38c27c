/**
 * One CLI run: inputs are discovered and read lazily, articles go to the
 * runner, results come back through the reorder buffer and are written in
 * input order as soon as they are ready. Every unit is accounted for in the
 * summary (see report/summary.ts).
 */
import type { Readable, Writable } from 'node:stream';
import { loadExplain } from './explain';
import { chooseRunner } from './exec/choose';
import { OrderedQueue } from './exec/ordered';
import type { Runner } from './exec/runner';
import { discover } from './input/discover';
import { readAll } from './input/readers';
import type { Unit } from './input/units';
import { UsageError, type CliOptions } from './options';
import { atomicFileSink, stdoutSink, type Sink } from './output/sink';
import { createWriter } from './output/writers';
import { Emitter, type Outcome } from './report/emitter';
import { createReporter, type Reporter } from './report/reporter';
import { emptyCounts, exitCodeFor, summaryLine } from './report/summary';
import { taskSetup } from './resources';
import type { Interrupt } from './signals';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  stderrIsTty: boolean;
  stdinIsTty: boolean;
}

async function openSink(options: CliOptions, io: CliIO): Promise<Sink> {
  if (!options.output) return stdoutSink(io.stdout);
  try {
    return await atomicFileSink(options.output);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function discoverOptions(options: CliOptions) {
  return { inputFormat: options.inputFormat, exclude: options.output };
}

function startCounting(options: CliOptions, reporter: Reporter, stopped: () => boolean): void {
  const progress = reporter.progress;
  if (!progress) return;
  void (async () => {
    let total = 0;
    for await (const item of discover(options.inputs, discoverOptions(options))) {
      if (stopped()) return;
      if (item.kind === 'file' || item.kind === 'stdin') progress.setTotal(++total);
    }
    progress.setTotal(total);
  })().catch(() => {});
}

function outcomeOf(unit: Unit, runner: Runner): Promise<Outcome> {
  // Whitespace-only text is an article with nothing in it, not a failure: no need to run the pipeline.
  if (unit.kind !== 'article' || !/\S/.test(unit.article.text)) return Promise.resolve({ unit });
  return runner.run(unit.article).then((result) => ({ unit, result }));
}

/** Whether the run should stop taking work: --strict failure, interrupt, or stdout gone. */
interface StopState {
  stopped: boolean;
}

export async function run(options: CliOptions, io: CliIO, interrupt: Interrupt): Promise<number> {
  const started = performance.now();
  const setup = taskSetup(options);
  const explain = options.explain ? loadExplain() : null;
  const sink = await openSink(options, io);
  // At the signal itself: the temporary file must go even if the run is slow to unwind.
  interrupt.onSignal(() => {
    sink.abort();
    io.stdin.destroy();
  });
  const reporter = createReporter({ stderr: io.stderr, quiet: options.quiet, progress: io.stderrIsTty && !options.quiet });
  const counts = emptyCounts();
  const state: StopState = { stopped: false };
  const halted = (): boolean => state.stopped || interrupt.code !== null || sink.closed;
  const halt = (): void => {
    state.stopped = true;
    io.stdin.destroy(); // a pending read on a pipe would keep the process alive
  };
  let runner: Runner | null = null;
  try {
    if (options.inputs.includes('-') && io.stdinIsTty && !options.quiet) reporter.note('reading articles from stdin (end with Ctrl-D)');
    const writer = createWriter(options.format, sink, { bom: options.bom });
    const emitter = new Emitter(counts, writer, reporter, explain);
    startCounting(options, reporter, () => state.stopped);
    const work = (async () => {
      const units = readAll(discover(options.inputs, discoverOptions(options)), io.stdin);
      const chosen = await chooseRunner(units, setup, options.jobs, options.jobsGiven);
      runner = chosen.runner;
      const queue = new OrderedQueue<Outcome>(chosen.runner.window, async (outcome) => {
        if (halted()) return;
        const ok = await emitter.emit(outcome);
        if (!ok && options.strict) {
          halt();
          queue.discard();
        }
      });
      for await (const unit of chosen.units) {
        if (halted()) break;
        await queue.push(outcomeOf(unit, chosen.runner), unit.kind === 'article' ? unit.article.text.length : 0);
      }
      await queue.drain();
    })();
    work.catch(() => {}); // after an interrupt nobody awaits it; errors before one surface through the race
    const signalCode = await Promise.race([work.then(() => null), interrupt.signalled]);
    if (signalCode !== null || sink.closed) {
      halt();
      sink.abort();
      return signalCode ?? 0; // a reader that left (| head) is not an error
    }
    if (state.stopped) sink.abort(); // --strict: no output file from a run that stopped part way
    else {
      await writer.finish();
      await sink.commit();
    }
    reporter.stop();
    if (!options.quiet) io.stderr.write(`${summaryLine(counts, (performance.now() - started) / 1000)}\n`);
    return exitCodeFor(counts);
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    state.stopped = true;
    reporter.stop();
    await (runner as Runner | null)?.close();
  }
}
