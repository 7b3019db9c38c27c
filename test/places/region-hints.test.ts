import { loadGazetteer } from '../../src/places';
import { placeKey } from '../../src/places/place-key';
import { regionHints } from '../../src/places/region-hints';

const g = loadGazetteer();

describe('region hints', () => {
  // A hint is keyed by the division's own name, the one towns' admin1 fields carry, whatever the
  // spelling in the text ('Beylaqan' is GeoNames' ascii name of Beyləqan).
  it.each([['Borno'], ['Texas'], ['Beylaqan']])('keys the division %s by its own name', (text) => {
    const hints = regionHints(g, text);
    expect(hints.length).toBeGreaterThan(0);
    const ownKeys = g.lookup(placeKey(text)).filter((e) => e.kind === 'admin1').map((e) => placeKey(e.admin1 ?? e.name));
    expect(hints.map((h) => h.admin1Key)).toEqual(ownKeys);
  });
});
