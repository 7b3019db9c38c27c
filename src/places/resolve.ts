/**
 * Which of the same-named places a mention means: the article's focus country
 * first (dateline, most-mentioned country), then the province the article
 * names, then population; a town on another continent is never chosen once
 * the article's country is known, unless it is a capital or a city of a million.
 */
import type { Gazetteer } from './gazetteer';
import { shortName, type PlaceEntry } from './entries';
import type { Candidate, Cue } from './candidates';
import { placeKey } from './place-key';
import type { RegionHint } from './region-hints';
import weights from './rules/resolution.json';

export interface FocusSignal {
  country: string;
  weight: number;
  /** Offset of the mention, to break ties by what comes first. */
  at: number;
}

export interface Focus {
  country: string;
  /** Enough evidence to rule out same-named towns on other continents. */
  certain: boolean;
}

/**
 * Every focus signal is made here, so all have one V8 layout. V8 stores a number field as a small
 * integer until a fraction arrives, then moves every object of that layout to a new one and
 * re-optimises each function that used the old; weights are fractions (dominantPlace, landmarkFactor),
 * so the first signal, made at load just below, carries one.
 */
export function focusSignal(country: string, weight: number, at: number): FocusSignal {
  return { country, weight, at };
}
focusSignal('', 0.5, 0);

/** The country with the most weight; ties go to the earliest mention. */
export function focusCountry(signals: readonly FocusSignal[]): Focus | null {
  const score = new Map<string, FocusSignal>();
  for (const s of signals) {
    const cur = score.get(s.country);
    score.set(s.country, cur ? focusSignal(s.country, cur.weight + s.weight, Math.min(cur.at, s.at)) : focusSignal(s.country, s.weight, s.at));
  }
  let best: string | null = null;
  for (const [country, v] of score) {
    const b = best === null ? null : score.get(best);
    if (!b || v.weight > b.weight || (v.weight === b.weight && v.at < b.at)) best = country;
  }
  const weight = best === null ? 0 : (score.get(best)?.weight ?? 0);
  return best === null ? null : { country: best, certain: weight >= weights.focus.certainWeight };
}

const isWellKnown = (e: PlaceEntry) =>
  e.kind === 'user' || e.kind === 'conflict' || e.population >= weights.bare.minPopulation;

/**
 * What each candidate says about the article's country. A country named as a landmark ("fled to
 * Uganda") or a neighbour ("the border with Burkina Faso") says less; a town landmark (its hospital)
 * is mostly local.
 */
export function focusSignals(candidates: readonly Candidate[], g: Gazetteer): FocusSignal[] {
  const out: FocusSignal[] = [];
  for (const c of candidates) {
    const factor = (c.landmark || c.neighbour) && c.country ? weights.focus.landmarkFactor : 1;
    candidateSignals(c, g, factor, out);
  }
  return out;
}

const inArabicRegion = (e: PlaceEntry, g: Gazetteer) => ARABIC_ARTICLE_REGIONS.has(g.countries.byCode.get(e.countryCode)?.subregion ?? '');

/** The entries a name may mean: for "al-Baath" only the Arabic-speaking regions' and conflict places. */
function plausible(c: Candidate, g: Gazetteer): readonly PlaceEntry[] {
  const entries = namedLevel(c);
  return hasArabicArticle(c.text) === 'hyphen' ? entries.filter((e) => e.kind === 'conflict' || inArabicRegion(e, g)) : entries;
}

/** Adds what candidate `c` says about the article's country to `out`, each weight times `factor`. */
function candidateSignals(c: Candidate, g: Gazetteer, factor: number, out: FocusSignal[]): void {
  const add = (country: string, weight: number) => out.push(focusSignal(country, weight * factor, c.start));
  for (const h of c.hints) add(h.country, weights.focus.regionHint);
  if (c.country) add(c.country.code, weights.focus.country);
  else if (c.demonym) add(c.demonym.code, weights.focus.demonym);
  else if (!c.loose) {
    const entries = plausible(c, g);
    if (entries.length === 0) return;
    const top = [...entries].sort(byPopulation)[0];
    // A bare capitalised word says little ("Exchange of shelling ..." is a town in the US).
    if (c.effectiveCue === 'bare' && !(c.wholeRun && isWellKnown(top))) return;
    const countries = new Set(entries.map((e) => e.countryCode));
    // A province or state name ("Texas", "Idlib") says its country even when towns abroad share it;
    // not when a bigger city abroad does ("Manchester" is also a parish of Jamaica).
    const provinces = entries.filter((e) => e.kind === 'admin1');
    if (countries.size > 1 && provinces.length === 1 && !biggerAbroad(entries, provinces[0].countryCode)) {
      add(provinces[0].countryCode, weights.focus.unambiguousPlace);
    } else if (countries.size === 1) add(top.countryCode, weights.focus.unambiguousPlace);
    else if (top.population >= weights.focus.dominantPopulation) add(top.countryCode, weights.focus.dominantPlace);
  }
}

/** "Pasco County", "Homs province": the divisions of the level the noun names, when the name has any. */
function namedLevel(c: Candidate): readonly PlaceEntry[] {
  if (c.adminLevel === undefined) return c.entries;
  const kind = c.adminLevel === 2 ? 'admin2' : 'admin1';
  const divisions = c.entries.filter((e) => e.kind === kind);
  return divisions.length > 0 ? divisions : c.entries;
}

/** A well-known place outside `country` bigger than every same-named place inside it. */
function biggerAbroad(entries: readonly PlaceEntry[], country: string): boolean {
  let home = 0;
  for (const e of entries) if (e.countryCode === country) home = Math.max(home, e.population);
  return entries.some((e) => e.countryCode !== country && isWellKnown(e) && e.population > home);
}

const byPopulation = (a: PlaceEntry, b: PlaceEntry) =>
  b.population - a.population || (a.geonameid ?? 0) - (b.geonameid ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export interface ResolutionContext {
  focus: Focus | null;
  /** Keys of the provinces the article names in its focus country. */
  admin1Keys: ReadonlySet<string>;
  /** Countries the article names outright (name, demonym, "Lima, OH"). */
  named: ReadonlySet<string>;
  g: Gazetteer;
}

const ARABIC_ARTICLE_REGIONS = new Set(weights.arabicArticleSubregions);
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)([- ])/i;

/** "al-Raii", "el-Arish": with no country known, an Arabic article points to the Arabic-speaking regions. */
export function hasArabicArticle(text: string): ArabicArticle {
  const m = ARABIC_ARTICLE.exec(text);
  return m ? (m[1] === '-' ? 'hyphen' : 'space') : false;
}

/** How a name opens on an Arabic article: "al-Raii" (hyphen), "Al Raii" (space; also Spanish "El Paso"). */
export type ArabicArticle = 'hyphen' | 'space' | false;

function tier(e: PlaceEntry, ctx: ResolutionContext, hints: readonly RegionHint[], arabicName: ArabicArticle): number {
  if (hints.some((h) => h.country === e.countryCode && (h.admin1Key === null || (e.admin1 !== null && placeKey(e.admin1) === h.admin1Key)))) return 5;
  if (e.kind === 'user') return 4;
  // With no country known: places where conflict was recorded, and for "al-" names the Arabic-speaking regions.
  const arabicRegion = inArabicRegion(e, ctx.g);
  if (!ctx.focus) return e.kind === 'conflict' || (arabicName && arabicRegion) ? 2 : arabicName === 'hyphen' ? -1 : 1;
  if (e.countryCode === ctx.focus.country) return e.admin1 && ctx.admin1Keys.has(placeKey(e.admin1)) ? 3 : 2;
  // Once the article's country is certain, a small town abroad needs its country named ("Chamkani" in a
  // Peshawar story is not Tsamkani in Afghanistan); a well-known neighbour does not.
  if (ctx.named.has(e.countryCode)) return 1;
  // "al-Baath", "al-Omar": a name whose article is joined by a hyphen is Arabic, never Bath or Omer abroad.
  if (arabicName === 'hyphen' && !arabicRegion) return -1;
  const here = ctx.g.countries.byCode.get(ctx.focus.country)?.region;
  if (here && ctx.g.countries.byCode.get(e.countryCode)?.region === here && (isWellKnown(e) || !ctx.focus.certain)) return 1;
  const major = e.capital || e.population >= weights.otherContinentMinPopulation;
  return major || !ctx.focus.certain ? 0 : -1;
}

const PREFERS_ADMIN: ReadonlySet<Cue> = new Set<Cue>(['admin', 'countryside']);

/**
 * Which kind of entry a cue prefers: "the X district" a district, "X countryside" a province, else
 * a town; but a hamlet does not take a province's name from it ("sent to Sinaloa" is the state, not
 * the village of 1,000 in Chiapas).
 */
function kindRanker(cue: Cue, adminLevel: 1 | 2 | undefined, town: boolean): (e: PlaceEntry) => number {
  const order: readonly string[] = !PREFERS_ADMIN.has(cue) ? (town ? ['town', 'hamlet', 'admin1', 'admin2'] : ['town', 'admin1', 'hamlet', 'admin2'])
    : adminLevel === 2 ? ['admin2', 'admin1', 'town', 'hamlet'] : ['admin1', 'admin2', 'town', 'hamlet'];
  const kindOf = (e: PlaceEntry) => e.kind === 'admin1' || e.kind === 'admin2' ? e.kind
    : e.kind === 'city' && e.population < weights.bare.minPopulationInFocusCountry ? 'hamlet' : 'town';
  return (e) => -order.indexOf(kindOf(e));
}

/** What else decides between entries besides their names: the region named next to it, the cue's level. */
export interface ChoiceHints {
  hints?: readonly RegionHint[];
  /** The mention starts with an Arabic article ("al-Raii"). */
  arabicName?: ArabicArticle;
  adminLevel?: 1 | 2;
  /** A noun names a settlement ("the town of X"): towns and hamlets before divisions. */
  town?: boolean;
  /** The division noun the text uses: "Pasco County" is the county, not Peru's "Provincia de Pasco". */
  noun?: string;
  /** The key the mention was looked up by: an entry's own name beats one of its alternate names. */
  key?: string;
}

const isDivision = (e: PlaceEntry) => e.kind === 'admin1' || e.kind === 'admin2';
/** A first-level division as country and name; '' for other entries. */
const divisionKey = (e: PlaceEntry) => (e.kind === 'admin1' && e.admin1 ? `${e.countryCode}|${e.admin1}` : '');

/** The first-level divisions among `entries` that also hold a same-keyed town of theirs (not a hamlet: Sinaloa de Leyva is no capital of Sinaloa). */
function divisionsWithTowns(entries: readonly PlaceEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    if (!isDivision(e) && e.admin1 && e.population >= weights.bare.minPopulationInFocusCountry) out.add(`${e.countryCode}|${e.admin1}`);
  }
  return out;
}

/** The entry the mention means, or null when every candidate is ruled out. */
export function chooseEntry(entries: readonly PlaceEntry[], cue: Cue, ctx: ResolutionContext, choice: ChoiceHints = {}): PlaceEntry | null {
  const hints = choice.hints ?? [];
  const arabicName = choice.arabicName ?? false;
  const kindRank = kindRanker(cue, choice.adminLevel, choice.town ?? false);
  // "Homs" is also an old name of Al Khums in Libya, "Sinaloa" of Sinaloa de Leyva: the place called so comes first.
  const ownName = (e: PlaceEntry) => (choice.key !== undefined && placeKey(e.kind === 'admin2' ? shortName(e.name) : e.name) === choice.key ? 1 : 0);
  // A division named after its own town ("near Tombouctou": GeoNames calls the town Timbuktu) has no
  // claim by its name unless the cue asks for a division (a bare name must be well known by its own name).
  const townsIn = PREFERS_ADMIN.has(cue) || cue === 'bare' || choice.adminLevel !== undefined ? null : divisionsWithTowns(entries);
  const noun = choice.noun;
  const own = (e: PlaceEntry) => (townsIn?.has(divisionKey(e)) ? 0 : ownName(e) + (noun && isDivision(e) && e.name.toLowerCase().includes(noun) ? 1 : 0));
  // The first in the order tier, own name, kind, population; one pass, each rank computed once per entry.
  let best: { e: PlaceEntry; tier: number; own: number; kind: number } | null = null;
  for (const e of entries) {
    const t = tier(e, ctx, hints, arabicName);
    if (t < 0 || (best && t < best.tier)) continue;
    const x = { e, tier: t, own: own(e), kind: kindRank(e) };
    if (!best || (x.tier - best.tier || x.own - best.own || x.kind - best.kind || byPopulation(best.e, x.e)) > 0) best = x;
  }
  return best?.e ?? null;
}

/**
 * A capitalised word with no cue is a place only if it is well known (see
 * rules/resolution.json), and a town only by its own name, not by one of its
 * many alternate names ("Lee" is an old name of Lille).
 */
export function acceptsBare(e: PlaceEntry, key: string, ctx: ResolutionContext): boolean {
  if (e.kind === 'city' && placeKey(e.name) !== key) return false;
  const inFocus = ctx.focus !== null && e.countryCode === ctx.focus.country;
  if (e.kind === 'conflict') return ctx.focus === null || inFocus;
  if (isWellKnown(e)) return true;
  return inFocus && (e.kind === 'admin1' || e.population >= weights.bare.minPopulationInFocusCountry);
}
