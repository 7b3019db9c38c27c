import { emptyCounts, exitCodeFor, summaryLine } from '../../src/cli/report/summary';

describe('summary', () => {
  it('shows inputs as articles plus failures', () => {
    const counts = { ...emptyCounts(), files: 3, articles: 8, failures: 1, events: 14, skipped: 2 };
    expect(summaryLine(counts, 0.414)).toBe('extract: 3 files, 9 inputs = 8 articles + 1 failed, 14 events, 2 skipped, 0.41 s');
    expect(summaryLine({ ...emptyCounts(), files: 1, articles: 1, events: 1 }, 0)).toBe('extract: 1 file, 1 input = 1 article + 0 failed, 1 event, 0.00 s');
  });

  it('exits 1 on failures or invalid records', () => {
    expect(exitCodeFor(emptyCounts())).toBe(0);
    expect(exitCodeFor({ ...emptyCounts(), failures: 1 })).toBe(1);
    expect(exitCodeFor({ ...emptyCounts(), invalid: 1 })).toBe(1);
  });
});
