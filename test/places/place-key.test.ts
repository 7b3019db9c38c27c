import fc from 'fast-check';
import { placeKey, skeletonKey } from '../../src/places/place-key';

describe('placeKey', () => {
  it.each([
    ['al-Mawsil', 'Al Mawşil'], ['Baghouz', 'Baghuz'], ['Raqqa', 'Ar Raqqah'], ["Dar'a", 'Daraa'],
    ['Deir ez-Zor', 'Deir ez Zor'], ['Ḩalab', 'Halab'], ['São Paulo', 'Sao Paulo'],
  ])('%s and %s share a key', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
    expect(placeKey(a)).not.toBe('');
  });

  it('keeps different names apart', () => {
    expect(placeKey('Homs')).not.toBe(placeKey('Hama'));
    expect(placeKey('Aleppo')).not.toBe(placeKey('Idlib'));
  });

  it('keeps an article that is the whole name', () => {
    expect(placeKey('As')).toBe('as');
  });

  it('is ASCII, idempotent and total', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      const k = placeKey(s);
      expect(k).toMatch(/^[a-z0-9 ]*$/);
      expect(placeKey(k)).toBe(k);
    }));
  });
});

describe('skeletonKey', () => {
  it.each([['Menbej', 'Manbij'], ['Qameshly', 'Al Qamishli'], ['Bennesh', 'Binnish']])('%s ~ %s', (a, b) => {
    expect(skeletonKey(placeKey(a))).toBe(skeletonKey(placeKey(b)));
  });

  it('refuses short skeletons', () => {
    expect(skeletonKey(placeKey('Homs'))).toBe('');
  });
});
