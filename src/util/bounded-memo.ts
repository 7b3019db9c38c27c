/**
 * A cache for a pure lookup that forgets everything once it holds `limit`
 * keys: article text repeats its names, so most lookups hit, and memory stays
 * bounded however long the input runs.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
