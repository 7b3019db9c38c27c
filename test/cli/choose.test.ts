import { shareFor, threadsFor } from '../../src/cli/exec/choose';
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

  it('needs much more work per thread when --jobs is left to its default', () => {
    const auto = shareFor(false);
    expect(auto.bytes).toBeGreaterThan(bytesPerThread);
    expect(threadsFor(perThread * 2, bytesPerThread * 2, 2, auto)).toBe(1);
    expect(threadsFor(10, auto.bytes * 2, 2, auto)).toBe(2);
    expect(threadsFor(auto.articles * 3, 0, 2, auto)).toBe(2);
  });
});
