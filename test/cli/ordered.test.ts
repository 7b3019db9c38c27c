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
        const queue = new OrderedQueue<number>({ units: window, bytes: Infinity }, (n) => {
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
    const queue = new OrderedQueue<number>({ units: 10, bytes: Infinity }, (n) => {
      emitted.push(n);
    });
    await queue.push(Promise.resolve(1));
    queue.discard();
    await queue.drain();
    expect(emitted).toEqual([]);
  });

  it('waits for the head while the pending text exceeds the byte window', async () => {
    const emitted: number[] = [];
    const queue = new OrderedQueue<number>({ units: 100, bytes: 1000 }, (n) => {
      emitted.push(n);
    });
    await queue.push(Promise.resolve(1), 400);
    await queue.push(Promise.resolve(2), 400);
    expect(emitted).toEqual([]);
    await queue.push(Promise.resolve(3), 400); // 1200 bytes pending: emit until under the window
    expect(emitted).toEqual([1]);
    await queue.push(Promise.resolve(4), 5000); // one article bigger than the window is still taken, alone
    expect(emitted).toEqual([1, 2, 3, 4]);
  });
});
