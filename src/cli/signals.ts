/**
 * SIGINT and SIGTERM end a run promptly: the `-o` temporary file is deleted
 * at once (in the handler, not when the run unwinds), the run stops taking
 * work, and the exit code is 128 + the signal number (130, 143), as shells
 * expect.
 *
 * The process normally exits by itself once the run has unwound. It must not
 * depend on that: a stdout whose reader stopped reading keeps a write pending
 * forever, and Node stays alive while one is (a killed test runner left CLIs
 * running for 20 minutes that way). So after a short grace period for records
 * already handed to stdout, or at a second signal, the process exits anyway.
 */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof EXIT_CODES;

/** Time an interrupted run may spend flushing whole records to stdout before it exits regardless. */
export const EXIT_GRACE_MS = 500;

export interface Interrupt {
  /** The exit code once a signal arrived, else null. */
  readonly code: number | null;
  /** Resolves with the exit code when a signal arrives. */
  readonly signalled: Promise<number>;
  /** Registers synchronous clean-up (deleting a temporary file) to run as soon as a signal arrives. */
  onSignal(cleanup: () => void): void;
  /** Stops listening, unless a signal arrived: then a second one still exits at once. */
  dispose(): void;
}

export interface SignalOptions {
  /** How the process ends when it does not end by itself (a parameter for tests). */
  exit?: (code: number) => void;
  graceMs?: number;
}

export function listenForSignals(options: SignalOptions = {}): Interrupt {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const graceMs = options.graceMs ?? EXIT_GRACE_MS;
  let code: number | null = null;
  const cleanups: (() => void)[] = [];
  let resolve: (code: number) => void = () => {};
  const signalled = new Promise<number>((r) => {
    resolve = r;
  });
  const runCleanups = (): void => {
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // best effort: the exit must not wait on a failed clean-up
      }
    }
  };
  const handlers = (Object.keys(EXIT_CODES) as HandledSignal[]).map((signal) => {
    const handler = (): void => {
      if (code !== null) {
        exit(code); // a second signal: the user insists
        return;
      }
      code = EXIT_CODES[signal];
      runCleanups();
      resolve(code);
      const interrupted = code;
      // unref: a run that unwinds in time exits by itself, without waiting for this timer.
      setTimeout(() => exit(interrupted), graceMs).unref();
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return {
    get code() {
      return code;
    },
    signalled,
    onSignal(cleanup) {
      if (code !== null) cleanup();
      else cleanups.push(cleanup);
    },
    dispose() {
      if (code === null) handlers.forEach((off) => off());
    },
  };
}

/** For runs that cannot be interrupted (library callers, tests). */
export function neverInterrupted(): Interrupt {
  return { code: null, signalled: new Promise<number>(() => {}), onSignal() {}, dispose() {} };
}
