/** A Doc with only what the places stage reads (text, sentences), so these tests do not depend on other stages. */
import type { Doc, PlaceMention } from '../../src/pipeline/doc';
import { normalizeText } from '../../src/text/normalize';
import { splitSentences } from '../../src/text/sentences';
import { findPlaces, loadGazetteer, type Gazetteer } from '../../src/places';

export function placesDoc(text: string): Doc {
  const normalized = normalizeText(text);
  return {
    article: { text }, text: normalized, sentences: splitSentences(normalized), reference: null,
    focusCountry: null, dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  };
}

export function places(text: string, gazetteer: Gazetteer = loadGazetteer()): { places: PlaceMention[]; focusCountry: string | null } {
  return findPlaces(placesDoc(text), gazetteer);
}

export const eventPlaces = (text: string, g?: Gazetteer) => places(text, g).places.filter((p) => p.role === 'event');

export function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
