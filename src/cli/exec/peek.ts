/** Looks ahead in an async sequence without losing what was read. */
export interface Peeked<T> {
  head: T[];
  /** True when the sequence ended within the look-ahead. */
  ended: boolean;
  /** The whole sequence again, head first. */
  all: AsyncGenerator<T>;
}

/** Reads until `enough` says so (it sees each item once), `limit` items were read, or the sequence ends. */
export async function peek<T>(source: AsyncGenerator<T>, enough: (item: T) => boolean, limit: number): Promise<Peeked<T>> {
  const head: T[] = [];
  let ended = false;
  while (head.length < limit) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (enough(next.value)) break;
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (!ended) yield* source;
  }
  return { head, ended, all: all() };
}
