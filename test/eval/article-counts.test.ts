import { emptyArticleCounts, tallyArticleCounts } from '../../src/eval/article-counts';
import type { GoldEvent } from '../../src/eval/gold';
import type { EventRecord } from '../../src/schema/event';

const gold = (counts: Partial<GoldEvent['counts']>) => ({ counts: { killed: null, injured: null, ...counts } }) as unknown as GoldEvent;
const ours = (killed: number | null) =>
  ({ counts: { killed: killed === null ? null : { value: killed } } }) as unknown as EventRecord;

describe('article-level counts', () => {
  it('sums both sides over events and compares the totals', () => {
    const t = emptyArticleCounts();
    tallyArticleCounts(t, [gold({ killed: 3 }), gold({ killed: 2 })], [ours(5)]); // right
    tallyArticleCounts(t, [gold({ killed: 3 })], [ours(3), ours(1)]); // wrong: 4
    tallyArticleCounts(t, [gold({ killed: 0 })], []); // "nobody was killed" and no figure: right
    tallyArticleCounts(t, [gold({})], [ours(2)]); // a figure where the gold states none
    tallyArticleCounts(t, [], []); // no event, no figure
    expect(t.killed).toEqual({ stated: 3, exact: 2, unstated: 2, spurious: 1 });
  });
});
