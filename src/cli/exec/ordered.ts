/**
 * The reorder buffer: results are produced in any order by the workers but
 * emitted in input order. At most `window.units` results, holding about
 * `window.bytes` of article text, are pending at once, so memory stays bounded
 * whatever the size of the input; the head of the queue is awaited before
 * more work is taken in.
 */
export interface Window {
  units: number;
  bytes: number;
}

export class OrderedQueue<T> {
  private readonly pending: { result: Promise<T>; bytes: number }[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly window: Window,
    private readonly emit: (value: T) => Promise<void> | void,
  ) {}

  /** Adds one result-to-be (of `bytes` of input); waits (emitting in order) while the window is full. */
  async push(result: Promise<T>, bytes = 0): Promise<void> {
    this.pending.push({ result, bytes });
    this.pendingBytes += bytes;
    while (this.pending.length >= this.window.units || (this.pendingBytes >= this.window.bytes && this.pending.length > 0)) {
      await this.emitHead();
    }
  }

  /** Emits everything still pending, in order. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) await this.emitHead();
  }

  /** Forgets pending results (after an interrupt or --strict stop). */
  discard(): void {
    this.pending.length = 0;
    this.pendingBytes = 0;
  }

  private async emitHead(): Promise<void> {
    const head = this.pending.shift();
    if (!head) return;
    this.pendingBytes -= head.bytes;
    await this.emit(await head.result);
  }
}
