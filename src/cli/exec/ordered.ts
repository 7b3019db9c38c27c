/**
 * The reorder buffer: results are produced in any order by the workers but
 * emitted in input order. At most `window` results are pending at once, so
 * memory stays bounded whatever the size of the input; the head of the queue
 * is awaited before more work is taken in.
 */
export class OrderedQueue<T> {
  private readonly pending: Promise<T>[] = [];

  constructor(
    private readonly window: number,
    private readonly emit: (value: T) => Promise<void> | void,
  ) {}

  /** Adds one result-to-be; waits (emitting in order) while the window is full. */
  async push(result: Promise<T>): Promise<void> {
    this.pending.push(result);
    while (this.pending.length >= this.window) await this.emitHead();
  }

  /** Emits everything still pending, in order. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) await this.emitHead();
  }

  /** Forgets pending results (after an interrupt or --strict stop). */
  discard(): void {
    this.pending.length = 0;
  }

  private async emitHead(): Promise<void> {
    const head = this.pending.shift();
    if (head) await this.emit(await head);
  }
}
