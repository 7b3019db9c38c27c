import fc from 'fast-check';
import { dictionary, docFor } from './helpers';

const words = ['ISIS', 'is', 'the', 'Syrian', 'Democratic', 'Forces', 'army', 'police', 'said', 'al-', 'Shabaab', 'Brigade',
  'Martyrs', 'of', 'militia', 'Jaish', 'gunmen', 'killed', 'by', 'claimed', 'responsibility', '’s', ',', '.', '\n', 'Ü', '7'];

describe('findActors on arbitrary text', () => {
  test('never throws; spans lie inside the text, in order and without overlap', () => {
    dictionary();
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.constantFrom(null, 'SY', 'NG'), (parts, focus) => {
      const text = parts.join(' ');
      const doc = docFor(text, focus);
      let last = 0;
      for (const m of doc.actors) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        last = m.end;
      }
    }), { numRuns: 300 });
  });

  test('a long repetitive text scans in linear time', () => {
    const text = 'Jaish of the of the of the Martyrs of '.repeat(5000);
    const start = performance.now();
    docFor(text, 'SY');
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
