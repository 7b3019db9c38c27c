/**
 * The `extract` command (bin/extract calls `main`). Returns the exit code:
 * 0 ok, 1 some inputs failed or a record failed validation, 2 usage error,
 * 130/143 interrupted. See docs/cli.md.
 */
import { setFlagsFromString } from 'node:v8';
import { CommanderError } from 'commander';
import { parseOptions, UsageError, type CliOptions } from './options';
import { run, type CliIO } from './run';
import { listenForSignals } from './signals';

function processIO(): CliIO {
  // A reader of stderr that went away must not crash the run (an unhandled EPIPE): messages are simply lost.
  process.stderr.on('error', () => {});
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTty: Boolean(process.stderr.isTTY),
    stdinIsTty: Boolean(process.stdin.isTTY),
  };
}

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseOptions(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    // commander has already printed its message (or the help / version text).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const interrupt = listenForSignals();
  try {
    const code = await run(options, processIO(), interrupt);
    return interrupt.code ?? code; // a signal during the final rename still means "interrupted"
  } catch (error) {
    if (interrupt.code !== null) return interrupt.code; // e.g. the -o file deleted under a finishing run
    if (error instanceof UsageError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`extract: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    interrupt.dispose();
  }
}

/**
 * V8 optimises a function after it has run for a budget of bytecode, then
 * optimises it again after every deoptimisation, on background threads. With the
 * default budget one extracting thread kept another CPU 60 % busy compiling
 * (2.5 CPU s beside 4.5 on the 5 MB bench slice), and every --jobs worker
 * compiles everything again. Four times the budget (only really hot functions
 * reach the optimiser) and half the inlining budget cut that background work to
 * 1.0 CPU s with the main thread's time unchanged within the noise
 * (docs/performance.md, "V8 tier-up flags"). Process-wide: workers get them too.
 */
const TIER_UP_FLAGS = ['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=460'];

/**
 * Runs the CLI as this process (bin/extract and the start-up snapshot call it):
 * the exit code is set when the run ends.
 */
export function start(argv: string[]): void {
  // V8 lets its heap grow to several times the live data (some 60 MB here) before collecting.
  // Heap sizes are fixed when Node starts, but the growing factor is read at every collection,
  // so it can be set here without a second process; it holds for worker threads too. Set after
  // the code is loaded: during loading it made V8 collect over and over (+45 ms of start-up).
  setFlagsFromString('--heap-growing-percent=30');
  for (const flag of TIER_UP_FLAGS) setFlagsFromString(flag);
  main(argv).then((code) => { process.exitCode = code; });
}
