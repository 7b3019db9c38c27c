/**
 * Place candidates: spans of capitalised runs that the gazetteer knows, each
 * with the cue around it ("in", "near", "10 km north of", "the X province",
 * "eastern X") that says how sure we are it is a place and how precisely it
 * locates the event. Resolution (which same-named place) is resolve.ts's job.
 */
import type { Doc } from '../pipeline/doc';
import type { CountryInfo } from './countries';
import type { Gazetteer } from './gazetteer';
import type { PlaceEntry } from './entries';
import { placeKey, skeletonKey } from './place-key';
import { capitalisedRuns, type Token } from './tokens';
import { hintsAfter, type RegionHint } from './region-hints';
import cues from './rules/cues.json';
import stopwordData from './rules/stopwords.json';

export type Cue =
  | 'in' | 'locative' | 'near' | 'distance' | 'direction' | 'region' | 'countryside' | 'admin' | 'of_place'
  | 'list' | 'bare';

export interface Candidate {
  start: number;
  end: number;
  /** Start of the qualifying words ("10 km north of", "eastern"), included in the mention's span. */
  spanStart: number;
  sentence: number;
  text: string;
  entries: readonly PlaceEntry[];
  country: CountryInfo | null;
  demonym: CountryInfo | null;
  cue: Cue;
  /** The cue that a list member inherited ("in Homs and Hama": Hama inherits "in"). */
  effectiveCue: Cue;
  landmark: boolean;
  /** The span is the whole capitalised run, not a part of a longer name. */
  wholeRun: boolean;
  /** Matched by consonants only ("Menbej" for Manbij): valid in the article's own country only. */
  loose: boolean;
  /** The key the span was looked up by. */
  key: string;
  /** The division or country named right after ("Lima, OH"). */
  hints: RegionHint[];
  /** The division level a noun names ("the X district": 2). */
  adminLevel?: 1 | 2;
  /** A noun names a settlement ("the town of X", "X village"): a town, not the division of its name. */
  town?: boolean;
  /** The division noun the text uses ("county" of "Pasco County"). */
  noun?: string;
  /** "the border with X": X is the neighbour of the article's country. */
  neighbour?: boolean;
  /** "Somalia's capital": the country's capital city, the span running to `end`. */
  capitalOf?: boolean;
}

const set = (words: string[]) => new Set(words);
const LOCATIVE = set(cues.locative);
const STRONG = set(cues.strongLocative);
const NEAR = set(cues.near);
const SETTLEMENT = set(cues.settlementNouns);
const TOWN_NOUNS = set(cues.townNouns);
const ADMIN1 = set(cues.admin1Nouns);
const ADMIN2 = set(cues.admin2Nouns);
const ADMIN = new Set([...ADMIN1, ...ADMIN2]);
const COUNTRYSIDE = set(cues.countrysideNouns);
const DIRECTIONS = set(cues.directions);
const UNITS = set(cues.distanceUnits);
const NUMBER_WORDS = set(cues.numberWords);
const REGION_ADJ = set(cues.regionAdjectives);
const TITLES = set(cues.titles);
const SPEECH = set(cues.speechVerbs);
const LANDMARK = set(cues.landmarkNouns);
const LANDMARK_BEFORE = set(cues.landmarkBefore);
const FACILITY = set(cues.facilityNouns);
const DIRECTION_PREFIXES = set(cues.directionPrefixes);
const CONNECTORS = set(cues.connectors);
const STOPWORDS = set(stopwordData.stopwords);
const JOINERS = set(cues.listJoiners);
const DESTINATION_VERBS = set(cues.destinationVerbs);
const DESTINATION_PREPOSITIONS = set(cues.destinationPrepositions);
const DESTINATION_ADJECTIVES = set(cues.destinationAdjectives);
const BORDER_NOUNS = set(cues.borderNouns);
const BETWEEN_NOUNS = set(cues.betweenNouns);
const REPORTING_BEFORE = set(cues.reportingBefore);
const RELATIVE_PRONOUNS = set(cues.relativePronouns);
const FORCE_NOUNS = set(cues.forceNouns);
// Fixed phrases from the rules file, matched against the lower-cased text right after a name.
const ADMIN2_PHRASES = cues.admin2Phrases.map((phrase) => ` ${phrase}`);
const ADMIN2_PHRASE_HEADS = new Set(ADMIN2_PHRASES.map((phrase) => phrase.slice(0, 2)));
const QUALIFYING_NOUNS = [ADMIN, LANDMARK, FACILITY, COUNTRYSIDE];
const MAX_NAME_TOKENS = 4;
const MIN_KEY_LENGTH = 3;
const NUMBER_WITH_UNIT = /^\d+(?:[.,]\d+)?(?:km|kms|mi|m)?$/;
// Right after a country's name: "Somalia's capital", "Syria’s capital".
const CAPITAL_OF = /^['\u2019]s capital\b/;

/** Cues that keep an unknown name as a place with a null position. */
export const STRONG_CUES: ReadonlySet<Cue> = new Set<Cue>(['in', 'near', 'distance', 'direction', 'of_place', 'admin', 'countryside']);

interface Context {
  doc: Doc;
  tokens: readonly Token[];
  g: Gazetteer;
  /** Each token's cue word (cueWord), filled in as the cue checks ask: they ask for most words several times. */
  words: (string | undefined)[];
}

const PHRASE_BREAKS = new Set([...',.;:!?()"'].map((c) => c.charCodeAt(0)));

/** Whether text[from, to) holds a phrase break; a loop over the few characters between two words. */
function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PHRASE_BREAKS.has(text.charCodeAt(i))) return true;
  return false;
}

function onlySpacesOrHyphens(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '-') return false;
  return true;
}

/** How many words before token `first` belong to its phrase (up to 5): a comma, full stop or sentence end stops them. */
function phraseWordsBefore(ctx: Context, first: number): number {
  const sentence = ctx.tokens[first].sentence;
  let n = 0;
  for (let i = first - 1; i >= 0 && n < 5; i--, n++) {
    const t = ctx.tokens[i];
    if (t.sentence !== sentence) break;
    // A comma or full stop between words ends the phrase the cue belongs to.
    if (hasPunctuation(ctx.doc.text, t.end, ctx.tokens[i + 1].start)) break;
  }
  return n;
}

function nextWord(ctx: Context, end: number): Token | null {
  if (end >= ctx.tokens.length) return null;
  const t = ctx.tokens[end];
  const last = ctx.tokens[end - 1];
  if (t.sentence !== last.sentence || !onlySpacesOrHyphens(ctx.doc.text, last.end, t.start)) return null;
  return t;
}

const isNumber = (t: Token | undefined) => !!t && (NUMBER_WITH_UNIT.test(t.lower) || NUMBER_WORDS.has(t.lower));

interface CueFound {
  cue: Cue;
  spanStart: number;
  landmark: boolean;
  /** For 'admin': the level the noun names (1 province, 2 district). */
  adminLevel?: 1 | 2;
  /** "east of the X": towns rarely take "the", rivers and regions do, so an unknown X is not kept. */
  definite?: boolean;
  town?: boolean;
  /** The division noun of an 'admin' cue ("county" of "Pasco County"). */
  noun?: string;
  neighbour?: boolean;
  /** A force noun follows ("US forces"): a country name there is a nationality. */
  nationality?: boolean;
}

/**
 * "airlifted to X", "evacuated by helicopter to X", "fled toward the X": where people went afterwards.
 * `before(k)`: the cue word k words before the name.
 */
function isDestination(before: (k: number) => string): boolean {
  const at = before(0) === THE || DESTINATION_ADJECTIVES.has(before(0)) ? 1 : 0;
  if (!DESTINATION_PREPOSITIONS.has(before(at))) return false;
  for (let k = at + 1; k <= at + cues.destinationReach; k++) if (DESTINATION_VERBS.has(before(k))) return true;
  return false;
}

/** "Maru local government area": a second-level division named by a phrase after it. */
function admin2PhraseAfter(ctx: Context, end: number): boolean {
  const from = ctx.tokens[end - 1].end;
  // Most names are followed by no such phrase: its first two characters (" l") are tested before the longer slice.
  if (!ADMIN2_PHRASE_HEADS.has(ctx.doc.text.slice(from, from + 2).toLowerCase())) return false;
  const after = ctx.doc.text.slice(from, from + 32).toLowerCase();
  return ADMIN2_PHRASES.some((phrase) => after.startsWith(phrase));
}

// Words the cue checks compare with literally (the rest are in the rules file's lists).
const THE = 'the';
const OF = 'of';
const IN = 'in';
const TO = 'to';
const WITH = 'with';
const FROM = 'from';
const AWAY = 'away';
const BETWEEN = 'between';
const NOT_A_CUE_WORD = '';

/**
 * Every word of the rules file, and the literal words above, each mapped to one canonical string.
 * The cue checks compare these instead of the tokens' own strings: those come sliced from one- or
 * two-byte article text in several representations, and each new one made V8 re-optimise cueOf.
 */
const CUE_WORDS = new Map<string, string>();
for (const list of Object.values(cues)) {
  if (!Array.isArray(list)) continue;
  for (const word of list) if (!word.includes(' ')) CUE_WORDS.set(word, word);
}
for (const word of [THE, OF, IN, TO, WITH, FROM, AWAY, BETWEEN]) CUE_WORDS.set(word, word);

/** Token i's lower case as the canonical cue word, or '' for a word no cue check names. */
const cueWordAt = (ctx: Context, i: number): string => (ctx.words[i] ??= CUE_WORDS.get(ctx.tokens[i].lower) ?? NOT_A_CUE_WORD);

/** The cue before or after a span; null for people's names (titles, "X said"). */
function cueOf(ctx: Context, first: number, end: number): CueFound | null {
  // The words before the name are read in place (no arrays: an empty one has another V8 map).
  const count = phraseWordsBefore(ctx, first);
  const wordBefore = (k: number) => (k < count ? cueWordAt(ctx, first - 1 - k) : NOT_A_CUE_WORD);
  // "the countryside of the Hasakah": the article after "of" does not hide the noun before it.
  const skip = wordBefore(0) === THE && wordBefore(1) === OF ? 1 : 0;
  const prevToken = (k: number): Token | undefined => (k + skip < count ? ctx.tokens[first - 1 - skip - k] : undefined);
  const prev = (k: number) => wordBefore(k + skip);
  const lowerAt = (k: number) => prevToken(k)?.lower;
  const following = nextWord(ctx, end);
  const next = following ? cueWordAt(ctx, end) : NOT_A_CUE_WORD;
  const start = ctx.tokens[first].start;
  // "taken to (a) hospital in X": X is where the wounded went, not where the event was.
  const hospitalIn = prev(0) === IN && LANDMARK_BEFORE.has(prev(1)) && (prev(2) === TO || prev(3) === TO);
  // "told reporters in X", "speaking in X": where the news was given.
  const locative = prev(0) === THE ? prev(1) : prev(0);
  // "Victoria said" is a person; "workers in Alexandria who" a place, "the ministry in Tripoli said" where the news was given.
  const speaker = SPEECH.has(next) && !RELATIVE_PRONOUNS.has(next);
  if (TITLES.has(prev(0)) || (SPEECH.has(next) && !STRONG.has(locative))) return null;
  const reportedIn = (prev(0) === IN && REPORTING_BEFORE.has(prev(1))) || speaker;
  // "near the border with Burkina Faso": the neighbour across it (still where the event was, at its border).
  const neighbour = prev(0) === WITH && BORDER_NOUNS.has(prev(1));
  const landmark = LANDMARK.has(next) || hospitalIn || reportedIn || isDestination(wordBefore);
  const town = TOWN_NOUNS.has(next) || (prev(0) === OF && TOWN_NOUNS.has(prev(1)));
  const nationality = FORCE_NOUNS.has(next);
  const result = (cue: Cue, spanStart = start, adminLevel?: 1 | 2, noun?: string): CueFound =>
    ({ cue, spanStart, landmark, adminLevel, definite: skip === 1, town, noun, neighbour, nationality });
  if (prev(0) === OF && DIRECTIONS.has(prev(1))) {
    if ((UNITS.has(prev(2)) && isNumber(prevToken(3))) || NUMBER_WITH_UNIT.test(lowerAt(2) ?? '-')) {
      return result('distance', (UNITS.has(prev(2)) ? prevToken(3) : prevToken(2))!.start);
    }
    return result('direction', prevToken(1)!.start);
  }
  // "15 kilometres from X", "20km away from X": a distance without a direction.
  if (prev(0) === FROM) {
    const at = prev(1) === AWAY ? 2 : 1;
    if (UNITS.has(prev(at)) && isNumber(prevToken(at + 1))) return result('distance', prevToken(at + 1)!.start);
    const amount = lowerAt(at);
    if (NUMBER_WITH_UNIT.test(amount ?? '-') && /\D$/.test(amount ?? '')) return result('distance', prevToken(at)!.start);
  }
  // "the northern Idlib province", "the southern Daraa countryside": the noun after the name says what the
  // adjective is a part of (the province, not the town); the span starts at the adjective.
  const region = REGION_ADJ.has(prev(0));
  const from = region ? prevToken(0)!.start : start;
  // "the Arghandab district of Kandahar", "the Latifabad area of Hyderabad": the noun belongs to the
  // first name; the second is the place around it.
  const enclosing = prev(0) === OF && prevToken(2)?.cap === true;
  if (COUNTRYSIDE.has(next) || (prev(0) === OF && COUNTRYSIDE.has(prev(1)) && !enclosing)) return result('countryside', from);
  if (admin2PhraseAfter(ctx, end)) return result('admin', from, 2);
  const adminNoun = ADMIN.has(next) ? next : prev(0) === OF && ADMIN.has(prev(1)) ? prev(1) : null;
  if (adminNoun) return result('admin', from, ADMIN2.has(adminNoun) && !(enclosing && adminNoun === prev(1)) ? 2 : 1, adminNoun);
  if (region) return result('region', from);
  // "on the road between Tame and Fortul" (not "fighting between Hamas and Israel").
  const between = prev(0) === BETWEEN && BETWEEN_NOUNS.has(prev(1));
  if (NEAR.has(prev(0)) || (prev(0) === OF && NEAR.has(prev(1))) || FACILITY.has(next) || between) return result('near');
  if (prev(0) === OF && SETTLEMENT.has(prev(1))) return result('of_place');
  if (STRONG.has(locative)) return result('in');
  if (LOCATIVE.has(locative)) return result('locative');
  return result('bare');
}

function inheritsFromList(ctx: Context, previous: Candidate | undefined, start: number, sentence: number): Cue | null {
  if (!previous || previous.sentence !== sentence || previous.effectiveCue === 'bare') return null;
  const gap = ctx.doc.text.slice(previous.end, start).trim().toLowerCase();
  return JOINERS.has(gap) ? previous.effectiveCue : null;
}

interface Match { key: string; entries: readonly PlaceEntry[]; country: CountryInfo | null; demonym: CountryInfo | null }

// "Republic of Congo", "Democratic Republic of the Congo": "of" ends a capitalised run, so the
// official name is read back from the words before the run.
const REPUBLIC_OF = /(?:Democratic |Islamic |Federal )?Republic of (?:the )?$/;

/** The country an official name ending in `text` denotes ("Republic of" + "Congo"), if any. */
function officialName(ctx: Context, start: number, text: string): CountryInfo | null {
  // Most spans are not preceded by "of": a cheap test before the regex, which runs for every span looked up.
  const doc = ctx.doc.text;
  if (!doc.startsWith('of ', start - 3) && !doc.startsWith('of the ', start - 7)) return null;
  const before = REPUBLIC_OF.exec(ctx.doc.text.slice(Math.max(0, start - 30), start));
  return before ? ctx.g.country(placeKey(before[0] + text)) : null;
}

/** Countries and demonyms anywhere; other places (the index) only where `useIndex`. */
function lookupSpan(ctx: Context, first: number, end: number, useIndex: boolean): Match | null {
  const t = ctx.tokens;
  if (CONNECTORS.has(t[end - 1].lower) && !t[end - 1].cap) return null;
  const text = ctx.doc.text.slice(t[first].start, t[end - 1].end);
  if (STOPWORDS.has(text.toLowerCase())) return null;
  const key = placeKey(text);
  if (key === '') return null;
  const country = officialName(ctx, t[first].start, text) ?? ctx.g.country(key);
  // Acronyms and one- or two-letter words ("N.", "Pa.") are places only as countries ("US").
  if (t[first].acronym || key.length < MIN_KEY_LENGTH) return country ? { key, entries: [], country, demonym: null } : null;
  const demonym = country ? null : ctx.g.demonym(key);
  const entries = country || demonym || !useIndex ? [] : ctx.g.lookup(key);
  return country || demonym || entries.length > 0 ? { key, entries, country, demonym } : null;
}

/** Trailing nouns that qualify a name ("Homs Governorate", "Aleppo Hospital") without being part of it. */
function coreEnd(tokens: readonly Token[], first: number, end: number): number {
  let e = end;
  while (e > first + 1 && QUALIFYING_NOUNS.some((nouns) => nouns.has(tokens[e - 1].lower))) e--;
  return e;
}

function restIsNotName(tokens: readonly Token[], from: number, core: number): boolean {
  for (let k = from; k < core; k++) if (!STOPWORDS.has(tokens[k].lower)) return false;
  return true;
}

/**
 * Sentences with most words capitalised (headlines, "Man Shot In Custody"): there
 * a capital says nothing, so unknown names after "in" are not kept.
 */
const DIGIT_0 = 48;
const DIGIT_9 = 57;

function titleCaseSentences(text: string, tokens: readonly Token[]): Set<number> {
  const counts = new Map<number, { words: number; caps: number }>();
  for (const t of tokens) {
    const first = text.charCodeAt(t.start);
    if (t.end - t.start < 4 || (first >= DIGIT_0 && first <= DIGIT_9)) continue; // short, or a number
    const c = counts.get(t.sentence) ?? { words: 0, caps: 0 };
    c.words++;
    if (t.cap) c.caps++;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, c] of counts) if (c.words >= 3 && c.caps / c.words >= 0.7) out.add(s);
  return out;
}

/**
 * Every candidate is built here, all fields in one order, optional ones present as undefined: the
 * two places that find candidates build them differently, and objects of one kind with different
 * property sets or orders get different V8 maps, which made their readers re-optimise.
 */
function candidate(c: Candidate): Candidate {
  return {
    start: c.start, end: c.end, spanStart: c.spanStart, sentence: c.sentence, text: c.text, entries: c.entries,
    country: c.country, demonym: c.demonym, cue: c.cue, effectiveCue: c.effectiveCue, landmark: c.landmark,
    wholeRun: c.wholeRun, loose: c.loose, key: c.key, hints: c.hints, adminLevel: c.adminLevel, town: c.town,
    noun: c.noun, neighbour: c.neighbour, capitalOf: c.capitalOf,
  };
}

/**
 * Adds the candidate that tokens [first, end) of a run make, with the cue around the run (`around`) when it
 * is the whole run, else its own; `partOf`: the start of a direction word the run is a region of.
 */
function addCandidate(ctx: Context, candidates: Candidate[], first: number, end: number, match: Match, runStart: number, core: number,
  partOf: number | null, around: CueFound): void {
  const { doc, tokens, g } = ctx;
  const own = first === runStart && end === core && partOf === null ? around : cueOf(ctx, first, end);
  if (!own) return;
  const { cue, spanStart, landmark, adminLevel, town, noun, neighbour, nationality }: CueFound = partOf === null || first !== runStart ? own : { ...own, cue: 'region', spanStart: partOf };
  const start = tokens[first].start;
  const sentence = tokens[first].sentence;
  const capital = match.country !== null && CAPITAL_OF.exec(doc.text.slice(tokens[end - 1].end, tokens[end - 1].end + 12));
  const inherited = cue === 'bare' ? inheritsFromList(ctx, candidates[candidates.length - 1], start, sentence) : null;
  const stop = tokens[end - 1].end + (capital ? capital[0].length : 0);
  // "US forces", "Turkey troops": the country says whose forces, as "American" would, not where.
  const nationalityOf = nationality === true && !capital ? match.country : null;
  candidates.push(candidate({
    start, end: stop, spanStart, sentence, text: doc.text.slice(start, stop), capitalOf: !!capital,
    ...match, country: nationalityOf ? null : match.country, demonym: nationalityOf ?? match.demonym,
    cue, effectiveCue: inherited ?? cue, landmark, adminLevel, town, noun, neighbour, wholeRun: first === runStart && end === core, loose: false,
    hints: match.country || match.demonym ? [] : hintsAfter(g, doc.text, tokens[end - 1].end),
  }));
}

/** A run no span of which the gazetteer knows, kept when a strong cue says it is a place. */
export interface UnknownPlace { start: number; end: number; spanStart: number; sentence: number; text: string; cue: Cue; landmark: boolean }

export function findCandidates(doc: Doc, tokens: readonly Token[], g: Gazetteer, fromToken: number):
  { candidates: Candidate[]; unknown: UnknownPlace[] } {
  const ctx: Context = { doc, tokens, g, words: new Array<string | undefined>(tokens.length) };
  const candidates: Candidate[] = [];
  const unknown: UnknownPlace[] = [];
  // Needed only when an unknown name is about to be kept: computed then.
  let headlines: Set<number> | null = null;
  const inHeadline = (sentence: number) => (headlines ??= titleCaseSentences(doc.text, tokens)).has(sentence);
  for (const [first, runEnd] of capitalisedRuns(doc.text, tokens, fromToken)) {
    // A lone common word ("Police", "He" opening a sentence) can be nothing: skip the cue checks.
    if (runEnd - first === 1 && STOPWORDS.has(tokens[first].lower)) continue;
    // "United States", "Gulf States": a trailing noun that is part of a country's name stays in it.
    const stripped = coreEnd(tokens, first, runEnd);
    const core = stripped < runEnd && g.country(placeKey(doc.text.slice(tokens[first].start, tokens[runEnd - 1].end))) ? runEnd : stripped;
    const around = cueOf(ctx, first, core);
    if (!around) continue; // "Mr Bali", "Victoria said"
    // "West Philadelphia", "E. Houston": unless the gazetteer knows the whole name, a region of the rest.
    const partOf = core - first > 1 && DIRECTION_PREFIXES.has(tokens[first].lower) && !lookupSpan(ctx, first, core, true);
    const runStart = partOf ? first + 1 : first;
    const run: CueFound = partOf ? { ...around, cue: 'region', spanStart: tokens[first].start } : around;
    const listed = run.cue === 'bare' ? inheritsFromList(ctx, candidates[candidates.length - 1], tokens[runStart].start, tokens[runStart].sentence) : null;
    const cued = run.cue !== 'bare' || listed !== null;
    // Only a name at the start of a run can carry the run's cue; without a cue only the whole
    // run can be a place (a well-known one). Anywhere else only countries and demonyms count,
    // which are in memory: this keeps index lookups to a few per capitalised run.
    // "the eastern Ghouta": a lower-case region adjective that the gazetteer knows as part of the name.
    const adjective = runStart - 1;
    // Not before a country ("southern Lebanon" is a part of Lebanon, not South Lebanon, Ohio).
    if (!partOf && adjective >= 0 && run.spanStart === tokens[adjective].start && REGION_ADJ.has(tokens[adjective].lower) &&
      tokens[adjective].sentence === tokens[runStart].sentence && !g.country(placeKey(doc.text.slice(tokens[runStart].start, tokens[core - 1].end)))) {
      const whole = lookupSpan(ctx, adjective, core, true);
      const own = whole && whole.entries.length > 0 ? cueOf(ctx, adjective, core) : null;
      if (whole && own) {
        addCandidate(ctx, candidates, adjective, core, whole, adjective, core, null, own);
        continue;
      }
    }
    let i = runStart;
    let found = false;
    while (i < core) {
      const atStart = i === runStart;
      let matchedEnd = 0;
      const longest = atStart && !cued ? core : Math.min(core, i + MAX_NAME_TOKENS);
      const shortest = atStart && !cued ? core : i + 1;
      for (let j = longest; j >= shortest && j > i; j--) {
        const match = lookupSpan(ctx, i, j, atStart);
        if (!match) continue;
        // "at Ben Franklin High": a known name followed by more name is someone's or something's name.
        if (!match.country && !match.demonym && !restIsNotName(tokens, j, core)) break;
        addCandidate(ctx, candidates, i, j, match, runStart, core, partOf ? run.spanStart : null, around);
        matchedEnd = j;
        break;
      }
      found ||= matchedEnd > 0;
      i = matchedEnd > 0 ? matchedEnd : i + 1;
    }
    if (!found && cued && core - runStart <= 4 && !tokens[runStart].acronym) {
      const cue = listed ?? run.cue;
      const text = doc.text.slice(tokens[runStart].start, tokens[core - 1].end);
      if (STOPWORDS.has(text.toLowerCase()) || /-\p{Ll}/u.test(text) || placeKey(text).length < MIN_KEY_LENGTH) continue;
      const place = { start: tokens[runStart].start, end: tokens[core - 1].end, spanStart: run.spanStart, sentence: tokens[runStart].sentence, text, cue, landmark: run.landmark };
      // Any cue may lead to a consonant match ("shelling on Kafar Zita"); only a strong one keeps an
      // unknown name, and not in a headline, where every word is capitalised. A name opening on a
      // direction ("Lower Shabelle" for GeoNames' "Lower Shabeelle") is tried whole first.
      const wholeText = partOf ? doc.text.slice(tokens[first].start, tokens[core - 1].end) : text;
      const wholeSkeleton = partOf ? skeletonKey(placeKey(wholeText)) : '';
      const wholeEntries = wholeSkeleton ? g.lookupSkeleton(wholeSkeleton) : [];
      const skeleton = wholeEntries.length > 0 ? wholeSkeleton : skeletonKey(placeKey(text));
      const entries = wholeEntries.length > 0 ? wholeEntries : skeleton ? g.lookupSkeleton(skeleton) : [];
      if (entries.length === 0) {
        // "a hospital in Raipur, Inspector General ...": a title opens a person's or an office's name.
        if (STRONG_CUES.has(cue) && !run.definite && !inHeadline(place.sentence) && !TITLES.has(tokens[runStart].lower)) unknown.push(place);
      } else {
        const wholeCue = around.cue === 'bare' ? cue : around.cue;
        const named = wholeEntries.length > 0
          ? { start: tokens[first].start, spanStart: Math.min(around.spanStart, run.spanStart), text: wholeText, cue: wholeCue, effectiveCue: wholeCue, adminLevel: around.adminLevel }
          : { effectiveCue: cue };
        candidates.push(candidate({
          ...place, key: skeleton, entries, country: null, demonym: null, wholeRun: true, loose: true,
          hints: hintsAfter(g, doc.text, place.end), ...named,
        }));
      }
    }
  }
  return { candidates, unknown };
}
