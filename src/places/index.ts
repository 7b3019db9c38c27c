/**
 * The places stage: finds place mentions in an article and geocodes them
 * with an offline gazetteer (GeoNames cities500, world-countries, GeoNames
 * provinces and districts, UCDP conflict villages; see data/SOURCES.md).
 *
 * Cost per article: one regex pass for tokens, then index lookups for the
 * capitalised runs only. Everything loaded is loaded once per process.
 */
import type { Doc, PlaceMention } from '../pipeline/doc';
import { Gazetteer } from './gazetteer';
import { keyedEntries } from './entries';
import { GazetteerIndex } from './key-index';
import { validatePlaceEntries } from './user-places';
import { tokenize } from './tokens';
import { findCandidates, type Candidate } from './candidates';
import { findDateline, type Dateline } from './dateline';
import { chooseEntry, focusCountry, focusSignal, focusSignals, type FocusSignal, type ResolutionContext } from './resolve';
import { entryMention, toMentions } from './mentions';
import { placeKey } from './place-key';
import { regionHints } from './region-hints';
import weights from './rules/resolution.json';

export type { Gazetteer } from './gazetteer';
export type { PlaceEntry, PlaceKind } from './entries';
export type { CountryInfo } from './countries';
export { lookupCountry } from './countries';
export { parsePlacesFile, type PlaceEntryData } from './user-places';

let index: GazetteerIndex | null | undefined;
let defaultGazetteer: Gazetteer | null = null;

/**
 * The gazetteer, built once per process. `extra`: a user's entries (the parsed
 * `--places` file, see parsePlacesFile), validated here too.
 */
export function loadGazetteer(extra?: unknown): Gazetteer {
  if (index === undefined) index = GazetteerIndex.load();
  if (extra === undefined) {
    defaultGazetteer ??= new Gazetteer(index, []);
    return defaultGazetteer;
  }
  return new Gazetteer(index, keyedEntries(validatePlaceEntries(extra, '--places'), 'user'));
}

function datelineMention(doc: Doc, d: Dateline, g: Gazetteer): { mention: PlaceMention | null; signal: FocusSignal | null } {
  const ownCountry = g.country(placeKey(d.place));
  if (ownCountry) {
    return { mention: null, signal: focusSignal(ownCountry.code, weights.focus.dateline, d.start) };
  }
  const hints = d.region ? regionHints(g, d.region) : [];
  const ctx: ResolutionContext = { focus: null, admin1Keys: new Set(), named: new Set(), g };
  // The key, so that a city's own name beats another's old one ("ISLAMABAD" is Islamabad, not Chattogram).
  const key = placeKey(d.place);
  const chosen = chooseEntry(g.lookup(key), 'in', ctx, { hints, key });
  // The dateline's own region outranks a same-named town abroad ("ROSEBUD, Mo." is not Rosebud, Australia).
  const entry = chosen && (hints.length === 0 || hints.some((h) => h.country === chosen.countryCode)) ? chosen : null;
  const country = entry?.countryCode ?? hints[0]?.country ?? null;
  const sentence = d.glued ? Math.max(0, doc.sentences.findIndex((s) => s.end > d.start)) : 0;
  const span = { spanStart: d.start, end: d.end, sentence };
  // A wire dateline is where the story was filed; a local page's glued one is where its stories happen.
  const role = d.glued ? 'event' : 'dateline';
  return {
    mention: entry ? { ...entryMention(doc, span, entry, 'in', role, g), rule: 'places.dateline' } : null,
    signal: country ? focusSignal(country, weights.focus.dateline, d.start) : null,
  };
}

export function findPlaces(doc: Doc, gazetteer: Gazetteer): { places: PlaceMention[]; focusCountry: string | null } {
  const tokens = tokenize(doc);
  const dateline = findDateline(doc);
  const fromToken = dateline ? tokens.findIndex((t) => t.start >= dateline.after) : 0;
  const { candidates, unknown } = findCandidates(doc, tokens, gazetteer, fromToken < 0 ? tokens.length : fromToken);
  const signals = focusSignals(candidates, gazetteer);
  const head = dateline ? datelineMention(doc, dateline, gazetteer) : { mention: null, signal: null };
  if (head.signal) signals.push(head.signal);
  const focus = focusCountry(signals);
  const admin1Keys = new Set<string>();
  for (const c of candidates) {
    if (c.effectiveCue !== 'admin' && c.effectiveCue !== 'countryside') continue;
    for (const e of c.entries) if (e.kind.startsWith('admin') && e.countryCode === focus?.country && e.admin1) admin1Keys.add(placeKey(e.admin1));
  }
  const places = toMentions(doc, candidates, unknown, { focus, admin1Keys, named: namedCountries(candidates, head.signal), g: gazetteer });
  if (head.mention) insertInTextOrder(places, head.mention);
  const country = focus?.country ?? soleCountry(places);
  doc.trace.push(`places: ${places.length} mentions, focus country ${country ?? 'unknown'}` +
    (gazetteer.hasIndex ? '' : ' (no cities index: run npm run build)'));
  return { places, focusCountry: country };
}

function insertInTextOrder(places: PlaceMention[], mention: PlaceMention): void {
  const at = places.findIndex((p) => p.start > mention.start);
  if (at < 0) places.push(mention);
  else places.splice(at, 0, mention);
}

/** Countries the article names outright: by name, demonym, a region after a town, the dateline. */
function namedCountries(candidates: readonly Candidate[], dateline: FocusSignal | null): Set<string> {
  const named = new Set<string>(dateline ? [dateline.country] : []);
  for (const c of candidates) {
    const code = c.country?.code ?? c.demonym?.code;
    if (code) named.add(code);
    for (const h of c.hints) named.add(h.country);
  }
  return named;
}

/** With no evidence to weigh ("Clashes in Deir Ezzor"), the one country all event places lie in. */
function soleCountry(places: readonly PlaceMention[]): string | null {
  const countries = new Set(places.filter((p) => p.role === 'event' && p.country_code).map((p) => p.country_code));
  return countries.size === 1 ? [...countries][0] : null;
}
