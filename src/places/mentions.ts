/**
 * Turns candidates into PlaceMentions: resolve each to one gazetteer entry in
 * the article's context, set its precision from the cue, and keep unknown
 * names that a strong cue marks as places, with a null position.
 */
import type { Doc, PlaceMention } from '../pipeline/doc';
import type { Gazetteer } from './gazetteer';
import type { PlaceEntry } from './entries';
import type { CountryInfo } from './countries';
import { STRONG_CUES, type Candidate, type Cue, type UnknownPlace } from './candidates';
import { acceptsBare, chooseEntry, hasArabicArticle, type ResolutionContext } from './resolve';
import { placeKey } from './place-key';
import weights from './rules/resolution.json';

type Precision = 1 | 2 | 3 | 4;

const PART_OF: ReadonlySet<Cue> = new Set<Cue>(['near', 'distance', 'direction', 'region', 'countryside']);

function precisionOf(e: PlaceEntry, cue: Cue): Precision {
  if (e.kind === 'admin1' || e.kind === 'admin2' || cue === 'admin') return e.precision >= 3 ? e.precision : 3;
  if (PART_OF.has(cue) && e.precision < 2) return 2;
  return e.precision;
}

const ruleOf = (cue: Cue, source: string) => `places.${cue}.${source}`;

function countryMention(doc: Doc, c: Candidate, country: CountryInfo): PlaceMention {
  return {
    start: c.spanStart, end: c.end, text: doc.text.slice(c.spanStart, c.end), sentence: c.sentence,
    name: country.name, admin1: null, country: country.name, country_code: country.code,
    lat: country.lat, lon: country.lon, precision: 4, geonameid: null,
    role: c.landmark ? 'landmark' : 'event', rule: ruleOf(c.effectiveCue, 'country'),
  };
}

export function entryMention(
  doc: Doc, span: { spanStart: number; end: number; sentence: number }, e: PlaceEntry, cue: Cue,
  role: PlaceMention['role'], g: Gazetteer,
): PlaceMention {
  return {
    start: span.spanStart, end: span.end, text: doc.text.slice(span.spanStart, span.end), sentence: span.sentence,
    name: e.name, admin1: e.admin1, country: g.countries.byCode.get(e.countryCode)?.name ?? null,
    country_code: e.countryCode, lat: e.lat, lon: e.lon, precision: precisionOf(e, cue),
    geonameid: e.geonameid, role, rule: ruleOf(cue, e.kind),
  };
}

/**
 * A place the gazetteer does not know. In an article whose country is certain
 * it lies in that country ("the Chamkani police station" in a Peshawar story).
 */
function unresolvedMention(doc: Doc, u: UnknownPlace | Candidate, cue: Cue, ctx: ResolutionContext): PlaceMention {
  const country = ctx.focus?.certain ? ctx.g.countries.byCode.get(ctx.focus.country) ?? null : null;
  return {
    start: u.spanStart, end: u.end, text: doc.text.slice(u.spanStart, u.end), sentence: u.sentence,
    name: doc.text.slice(u.start, u.end), admin1: null, country: country?.name ?? null, country_code: country?.code ?? null,
    lat: null, lon: null, precision: null, geonameid: null,
    role: u.landmark ? 'landmark' : 'event', rule: ruleOf(cue, 'unresolved'),
  };
}

/**
 * Consonant-only matches are trusted in the article's country (place-key.ts: too loose to use alone); a
 * country it only names ("near the Chinese border") does not lend its towns to a village the gazetteer
 * lacks ("Maungdaw" is not Mingda, China). With no country known, only well-known places (divisions,
 * conflict villages, cities) of one country.
 */
function looseEntries(entries: readonly PlaceEntry[], ctx: ResolutionContext): readonly PlaceEntry[] {
  if (ctx.focus) return entries.filter((e) => e.countryCode === ctx.focus?.country);
  const known = entries.filter((e) => e.kind === 'conflict' || (e.kind === 'city' && e.population >= weights.bare.minPopulation));
  return new Set(known.map((e) => e.countryCode)).size === 1 ? known : [];
}

/** The capital city of a country, from the gazetteer (GeoNames PPLC first). */
function capitalOf(country: CountryInfo, g: Gazetteer): PlaceEntry | null {
  const towns = country.capital.flatMap((name) => g.lookup(placeKey(name))).filter((e) => e.countryCode === country.code && e.kind === 'city');
  return towns.find((e) => e.capital) ?? towns[0] ?? null;
}

/**
 * "El Aguaje in the western Mexican state of Michoacán": the text names the town's province, so a town of
 * that name in another province of that country is not the one meant (cities500 has El Aguajes in
 * Veracruz, Guerrero and Nayarit only); the name is kept without a position.
 */
function outsideNamedProvince(c: Candidate, e: PlaceEntry): boolean {
  if (e.kind !== 'city') return false;
  const provinces = c.hints.filter((h) => h.admin1Key !== null && h.country === e.countryCode);
  return provinces.length > 0 && !provinces.some((h) => e.admin1 !== null && placeKey(e.admin1) === h.admin1Key);
}

export function toMentions(doc: Doc, candidates: readonly Candidate[], unknown: readonly UnknownPlace[], ctx: ResolutionContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const c of candidates) {
    if (c.demonym) continue; // a demonym ("Syrian forces") tells the country, not a location
    if (c.country) {
      const capital = c.capitalOf ? capitalOf(c.country, ctx.g) : null;
      out.push(capital
        ? { ...entryMention(doc, c, capital, c.effectiveCue, c.landmark ? 'landmark' : 'event', ctx.g), rule: 'places.capital_of' }
        : countryMention(doc, c, c.country));
      continue;
    }
    const entries = c.loose ? looseEntries(c.entries, ctx) : c.entries;
    const best = chooseEntry(entries, c.effectiveCue, ctx, { hints: c.hints, arabicName: hasArabicArticle(c.text), adminLevel: c.adminLevel, town: c.town, noun: c.noun, key: c.key });
    if (c.effectiveCue === 'bare' && !(best && c.wholeRun && acceptsBare(best, c.key, ctx))) continue;
    if (best && c.effectiveCue === 'admin' && !best.kind.startsWith('admin') && best.countryCode !== ctx.focus?.country) {
      // A division we do not know ("Harris County" where cities500 has no place): a town of that
      // name counts only in the article's own country.
      out.push(unresolvedMention(doc, c, c.effectiveCue, ctx));
    } else if (best && outsideNamedProvince(c, best)) {
      out.push(unresolvedMention(doc, c, c.effectiveCue, ctx));
    } else if (best) {
      const m = entryMention(doc, c, best, c.effectiveCue, c.landmark ? 'landmark' : 'event', ctx.g);
      out.push(c.loose ? { ...m, rule: `${m.rule}.consonants` } : m);
    }
    else if (STRONG_CUES.has(c.effectiveCue)) out.push(unresolvedMention(doc, c, c.effectiveCue, ctx));
  }
  for (const u of unknown) out.push(unresolvedMention(doc, u, u.cue, ctx));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
