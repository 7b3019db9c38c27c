/**
 * SIGINT and SIGTERM end a run cleanly: the run stops taking work, the
 * temporary output file is deleted, and the exit code is 128 + the signal
 * number (130, 143), as shells expect.
 */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof EXIT_CODES;

export interface Interrupt {
  /** The exit code once a signal arrived, else null. */
  readonly code: number | null;
  /** Resolves with the exit code when a signal arrives. */
  readonly signalled: Promise<number>;
  /** Stops listening (a second Ctrl-C then kills the process the usual way). */
  dispose(): void;
}

export function listenForSignals(): Interrupt {
  let code: number | null = null;
  let resolve: (code: number) => void = () => {};
  const signalled = new Promise<number>((r) => {
    resolve = r;
  });
  const handlers = (Object.keys(EXIT_CODES) as HandledSignal[]).map((signal) => {
    const handler = (): void => {
      code ??= EXIT_CODES[signal];
      resolve(code);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return {
    get code() {
      return code;
    },
    signalled,
    dispose: () => handlers.forEach((off) => off()),
  };
}

/** For runs that cannot be interrupted (library callers, tests). */
export function neverInterrupted(): Interrupt {
  return { code: null, signalled: new Promise<number>(() => {}), dispose() {} };
}
