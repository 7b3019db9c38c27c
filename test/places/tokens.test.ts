import { tokenize, capitalisedRuns } from '../../src/places/tokens';
import { placesDoc } from './helpers';

const texts = (text: string) => tokenize(placesDoc(text)).map((t) => t.text);

describe('tokenize', () => {
  it('drops possessives and trailing hyphens, keeps inner hyphens', () => {
    expect(texts("Syria's north-east al-Raqqa")).toEqual(['Syria', 'north-east', 'al-Raqqa']);
  });

  it('cuts words a scraped page glued together', () => {
    expect(texts('News | TulsaTULSA police said')).toEqual(['News', 'Tulsa', 'TULSA', 'police', 'said']);
    expect(texts('WALAMobile police')).toEqual(['WALA', 'Mobile', 'police']);
    expect(texts('McCormick Place')).toEqual(['McCormick', 'Place']);
  });

  it('marks Arabic-article names as capitalised', () => {
    expect(tokenize(placesDoc('in al-Raqqa')).map((t) => t.cap)).toEqual([false, true]);
  });
});

describe('capitalisedRuns', () => {
  const runs = (text: string) => {
    const doc = placesDoc(text);
    const tokens = tokenize(doc);
    return capitalisedRuns(doc.text, tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.text).join(' '));
  };

  it('joins names with particles, splits at function words and dashes', () => {
    expect(runs('Clashes In Deir ez-Zor And Abu Kamal')).toEqual(['Clashes', 'Deir ez-Zor', 'Abu Kamal']);
    expect(runs('Aleppo - Hama')).toEqual(['Aleppo', 'Hama']);
    expect(runs('Jisr al Shughur')).toEqual(['Jisr al Shughur']);
  });

  it('keeps acronyms apart', () => {
    expect(runs('SDF Forces')).toEqual(['SDF', 'Forces']);
  });
});

describe('tokenize beyond ASCII', () => {
  it('keeps accented and non-Latin words whole, skips symbols and emoji', () => {
    expect(texts('Ḩalab — Dar‘ā 🙂 Tibú, البوكمال')).toEqual(['Ḩalab', "Dar'ā", 'Tibú', 'البوكمال']) // normalize makes ‘ an apostrophe;
  });
});
