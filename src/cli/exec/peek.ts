/** Looks ahead in an async sequence without losing what was read. */
export interface Peeked<T> {
  head: T[];
  /** True when the sequence ended within the look-ahead. */
  ended: boolean;
  /** The whole sequence again, head first. */
  all: AsyncGenerator<T>;
}

/** Reads until `wanted` items match or `limit` items were read, whichever comes first. */
export async function peek<T>(source: AsyncGenerator<T>, matches: (item: T) => boolean, wanted: number, limit: number): Promise<Peeked<T>> {
  const head: T[] = [];
  let found = 0;
  let ended = false;
  while (found < wanted && head.length < limit) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (matches(next.value)) found += 1;
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (!ended) yield* source;
  }
  return { head, ended, all: all() };
}
