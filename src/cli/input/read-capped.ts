/** Reads a whole stream unless it is bigger than the cap, so a huge input costs at most `cap` bytes. */
export type Capped = { bytes: Buffer } | { tooLarge: true };

export async function readCapped(source: AsyncIterable<Buffer> & { destroy?: () => void }, cap: number): Promise<Capped> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > cap) {
      source.destroy?.();
      return { tooLarge: true };
    }
    parts.push(chunk);
  }
  return { bytes: Buffer.concat(parts, size) };
}
