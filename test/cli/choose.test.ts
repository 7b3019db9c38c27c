import { threadsFor } from '../../src/cli/exec/choose';
import { LIMITS } from '../../src/cli/limits';

describe('threadsFor', () => {
  const { minArticlesForWorkers: perThread, minBytesForWorkers: bytesPerThread } = LIMITS;

  it('keeps a small run in one thread whatever --jobs says', () => {
    expect(threadsFor(1, 150, 8)).toBe(1);
    expect(threadsFor(perThread * 2 - 1, 1000, 8)).toBe(1);
  });

  it('starts a thread per share of articles or of text, up to --jobs', () => {
    expect(threadsFor(perThread * 2, 1000, 8)).toBe(2);
    expect(threadsFor(10, bytesPerThread * 3, 8)).toBe(3);
    expect(threadsFor(perThread * 100, 0, 4)).toBe(4);
  });
});
