import fc from 'fast-check';
import { OrderedQueue } from '../../src/cli/exec/ordered';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OrderedQueue', () => {
  it('emits in input order whatever order results arrive in, never holding more than the window', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, window) => {
        const emitted: number[] = [];
        let inFlight = 0;
        let maxInFlight = 0;
        const queue = new OrderedQueue<number>(window, (n) => {
          emitted.push(n);
        });
        for (const [i, ms] of delays.entries()) {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await queue.push(delay(ms).then(() => i));
          inFlight = delays.length === 0 ? 0 : i + 1 - emitted.length;
        }
        await queue.drain();
        expect(emitted).toEqual(delays.map((_, i) => i));
        expect(maxInFlight).toBeLessThanOrEqual(window);
      }),
      { numRuns: 30 },
    );
  });

  it('forgets pending results on discard', async () => {
    const emitted: number[] = [];
    const queue = new OrderedQueue<number>(10, (n) => {
      emitted.push(n);
    });
    await queue.push(Promise.resolve(1));
    queue.discard();
    await queue.drain();
    expect(emitted).toEqual([]);
  });
});
