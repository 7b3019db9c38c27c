/**
 * The actors stage: one left-to-right token scan per sentence. At each token
 * the longest dictionary alias wins (so "Syrian Democratic Forces" beats
 * "Syrian forces"); else an unknown-group pattern; else a generic wording
 * ("gunmen", "civilians"). Aliases shared by several actors are resolved
 * afterwards by the article's country and date (context.ts).
 */
import type { ActorMention, Doc } from '../pipeline/doc';
import type { ActorDictionary, Candidate } from './dictionary';
import { genericRule } from './generic-rules';
import { actorMention, type Actor } from './mention';
import { actorContext, chooseCandidate, mainCountry, type ActorContext } from './context';
import { adjacent, firstTokenAfter, type Token } from './tokens';
import { claimantOrganisation, unknownGroupAt } from './unknown';
import { isClaimAt, markSources } from './sources';
import { longestAlias, type AliasMatch } from './match';
import { documentTokens } from './doc-tokens';
import { isCountryWord } from './countries';
import { groupAnaphora } from './anaphora';
import { genericName, genericNoun, memberOf, membersOf, notAnActor, resolvePossessives } from './generic';
import type { ActorType } from '../schema/vocab';

interface RawMatch {
  sentence: number;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Dictionary candidates, or null for an unknown group. */
  candidates: readonly Candidate[] | null;
  unknown: { type: ActorType; rule: string } | null;
}

/** One shape for every raw match (see mention.ts for why). */
function rawMatch(sentence: number, from: number, to: number, candidates: readonly Candidate[] | null, unknown: RawMatch['unknown'] = null): RawMatch {
  return { sentence, from, to, candidates, unknown };
}

const isNamed = (c: Candidate): boolean => c.entry !== null;

function scanSentence(dict: ActorDictionary, text: string, toks: readonly Token[], sentence: number, from: number, to: number, out: RawMatch[]): void {
  let i = from;
  while (i < to) {
    const alias = longestAlias(dict, text, toks, i, to);
    // "fighters of the RSF": members of a named group (before the named branch: "fighters" is also a local wording).
    const ofGroup = alias ? memberOf(dict, text, toks, alias, to) : null;
    if (ofGroup) {
      out.push(rawMatch(sentence, i, ofGroup.to, ofGroup.candidates));
      i = ofGroup.to;
      continue;
    }
    if (alias && alias.candidates.some(isNamed)) {
      const partner = coordinatedForce(dict, text, toks, i, alias, from);
      const previous = out.length > 0 ? out[out.length - 1]! : null;
      if (partner && !(previous?.sentence === sentence && previous.to > partner.from)) out.push(rawMatch(sentence, partner.from, partner.to, partner.candidates));
      let end = alias.to;
      // "Allied Democratic Forces (ADF) rebels": the name's own acronym in brackets is part of the mention.
      const bracketed = ownAcronymInBrackets(dict, text, toks, alias, to);
      if (bracketed > end) end = bracketed;
      // "ISIS terrorists", "Taliban fighters": the generic noun belongs to the named group.
      const joined = end < to && (end === bracketed ? AFTER_BRACKET.test(text.slice(toks[end - 1]!.end, toks[end]!.start)) : adjacent(text, toks[end - 1]!, toks[end]!));
      const tail = joined ? longestAlias(dict, text, toks, end, to) : null;
      if (tail && genericNoun(tail) && alias.candidates.some((c) => c.entry?.type !== 'state_forces')) end = tail.to;
      out.push(rawMatch(sentence, i, end, alias.candidates));
      i = end;
      continue;
    }
    const member = alias ? null : membersOf(dict, text, toks, i, to);
    if (member) {
      out.push(rawMatch(sentence, i, member.to, member.candidates));
      i = member.to;
      continue;
    }
    const unknown = unknownGroupAt(text, toks, i, to);
    if (unknown && (!alias || unknown.to >= alias.to) && !namedInside(dict, text, toks, i + 1, unknown.to)) {
      out.push(rawMatch(sentence, i, unknown.to, null, { type: unknown.type, rule: unknown.rule }));
      i = unknown.to;
      continue;
    }
    if (alias && !notAnActor(toks, i, alias)) {
      out.push(rawMatch(sentence, i, alias.to, alias.candidates));
      i = alias.to;
      continue;
    }
    i++;
  }
}

const OPEN_BRACKET = /^\s*\($/;
const AFTER_BRACKET = /^\)[ \t]+$/;

/** Token index after "(ADF)" when it follows a name of the same entry ("Allied Democratic Forces (ADF)"), or -1. */
function ownAcronymInBrackets(dict: ActorDictionary, text: string, toks: readonly Token[], alias: AliasMatch, limit: number): number {
  const at = alias.to;
  if (at >= limit || !OPEN_BRACKET.test(text.slice(toks[at - 1]!.end, toks[at]!.start))) return -1;
  const acronym = longestAlias(dict, text, toks, at, limit);
  if (!acronym || text[toks[acronym.to - 1]!.end] !== ')') return -1;
  const names = new Set(alias.candidates.map((c) => c.entry?.name));
  return acronym.candidates.some((c) => c.acronym && c.entry && names.has(c.entry.name)) ? acronym.to : -1;
}

/**
 * "Congolese and Ugandan troops": the first demonym of the pair shares the force noun of the alias after
 * "and", so it is read with that noun ("Congolese troops") and is an actor of its own.
 */
function coordinatedForce(dict: ActorDictionary, text: string, toks: readonly Token[], i: number, alias: AliasMatch, from: number): { from: number; to: number; candidates: readonly Candidate[] } | null {
  if (i - 2 < from || toks[i - 1]!.norm !== 'and' || !alias.candidates.every((c) => c.entry?.type === 'state_forces')) return null;
  const demonym = toks[i - 2]!;
  if (!adjacent(text, demonym, toks[i - 1]!) || !isCountryWord(demonym.norm)) return null;
  const key = [demonym.norm, ...toks.slice(i + 1, alias.to).map((t) => t.norm)].join(' ');
  const candidates = dict.candidates(key)?.filter((c) => c.entry?.type === 'state_forces');
  return candidates && candidates.length > 0 ? { from: i - 2, to: i - 1, candidates } : null;
}

/** "Khalifa Haftar's Libyan National Army": a known name inside a capitalised run is the actor, not the run. */
function namedInside(dict: ActorDictionary, text: string, toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (longestAlias(dict, text, toks, k, to)?.candidates.some(isNamed)) return true;
  return false;
}

/** Countries of unambiguous state-force mentions ("Iraqi troops" -> IQ), a fallback context. */
function stateForceCountries(raws: readonly RawMatch[]): string[] {
  const out: string[] = [];
  for (const r of raws) {
    // A local acronym cannot place the article: it only applies once the article is placed.
    const named = r.candidates?.filter((c) => isNamed(c) && !c.local) ?? [];
    const codes = new Set(named.map((c) => (c.entry!.type === 'state_forces' ? c.entry!.countries[0] : undefined)));
    if (named.length > 0 && codes.size === 1) {
      const [code] = codes;
      if (code) out.push(code);
    }
  }
  return out;
}

const MILITARY = genericRule('military');

const ALIAS_RULES = { alias: ['actors.alias', 'actors.alias.context'], acronym: ['actors.acronym', 'actors.acronym.context'] } as const;

/** The actor a raw match names in the article's context, or null when no candidate applies. */
function actorOf(dict: ActorDictionary, text: string, raw: RawMatch, ctx: ActorContext): Actor | null {
  const here = mainCountry(ctx);
  if (raw.unknown?.type === 'state_forces') {
    // "the army's 6th Infantry Division": a unit of the state's military, named as that military.
    return { name: genericName(dict, MILITARY.name, MILITARY.nameNoCountry, ctx), type: MILITARY.type, known: true, country: here, generic: true, rule: raw.unknown.rule };
  }
  if (raw.unknown) return { name: text, type: raw.unknown.type, known: false, country: here, generic: false, rule: raw.unknown.rule };
  const choice = chooseCandidate(raw.candidates!, ctx);
  if (!choice) return null;
  const { entry, generic } = choice.candidate;
  if (generic) {
    const own = choice.candidate.country ?? (here ? generic.countryOverrides?.[here] : undefined);
    const where = own ? { countries: [own], date: ctx.date } : ctx;
    return { name: genericName(dict, generic.name, generic.nameNoCountry, where), type: generic.type, known: true, country: own ?? here, generic: true, rule: generic.mentionRule };
  }
  const country = entry!.countries.find((c) => ctx.countries.includes(c)) ?? entry!.countries[0] ?? null;
  const rule = ALIAS_RULES[choice.candidate.acronym ? 'acronym' : 'alias'][choice.contextual ? 1 : 0];
  return { name: entry!.name, type: entry!.type, known: true, country, generic: false, rule };
}

function toMention(doc: Doc, dict: ActorDictionary, toks: readonly Token[], raw: RawMatch, ctx: ActorContext): ActorMention | null {
  const start = toks[raw.from]!.start;
  let end = toks[raw.to - 1]!.end;
  // "Allied Democratic Forces (ADF)": the bracket the acronym opened closes the mention.
  if (doc.text[end] === ')' && doc.text.lastIndexOf('(', end) > start) end++;
  const text = doc.text.slice(start, end);
  const who = actorOf(dict, text, raw, ctx);
  return who && actorMention(start, end, text, raw.sentence, who);
}

function sentenceRanges(doc: Doc): { index: number; start: number; end: number }[] {
  return doc.sentences.length > 0 ? doc.sentences : [{ index: 0, start: 0, end: doc.text.length }];
}

export function findActors(doc: Doc, dict: ActorDictionary): ActorMention[] {
  const toks = documentTokens(doc);
  const sentences = sentenceRanges(doc);
  const tokenRange = new Map<number, [number, number]>();
  const raws: RawMatch[] = [];
  for (const s of sentences) {
    const from = firstTokenAfter(toks, s.start);
    let to = from;
    while (to < toks.length && toks[to]!.start < s.end) to++;
    tokenRange.set(s.index, [from, to]);
    scanSentence(dict, doc.text, toks, s.index, from, to, raws);
  }
  const ctx = actorContext(doc, stateForceCountries(raws));
  // Arrays built by push alone: those from map() are holey, another hidden class for the code that reads them.
  let mentions: ActorMention[] = [];
  for (const r of raws) {
    const m = toMention(doc, dict, toks, r, ctx);
    if (m) mentions.push(m);
  }
  addClaimants(doc, toks, tokenRange, mentions, ctx);
  mentions.sort((a, b) => a.start - b.start);
  const anaphora = groupAnaphora(doc, toks, tokenRange, mentions);
  if (anaphora.length > 0) {
    const covered = (m: ActorMention): boolean => anaphora.some((a) => a.start <= m.start && m.end <= a.end);
    mentions = [...mentions.filter((m) => !covered(m)), ...anaphora].sort((a, b) => a.start - b.start);
  }
  resolvePossessives(doc.text, toks, mentions);
  markSources(doc.text, toks, mentions, (s) => tokenRange.get(s) ?? [0, 0]);
  return mentions;
}

/**
 * "Saraya X claimed responsibility": when a sentence has a claim of
 * responsibility and no known actor before it, the claimant is found by
 * compromise's tags. Only such sentences pay for compromise.
 */
function addClaimants(doc: Doc, toks: readonly Token[], tokenRange: ReadonlyMap<number, [number, number]>, mentions: ActorMention[], ctx: ActorContext): void {
  for (const [sentence, [from, to]] of tokenRange) {
    let claim = -1;
    for (let k = from; k < to && claim < 0; k++) if (isClaimAt(toks, k)) claim = k;
    if (claim <= from) continue;
    const claimAt = toks[claim]!.start;
    if (mentions.some((m) => m.sentence === sentence && !m.generic && m.start < claimAt)) continue;
    const org = claimantOrganisation(doc.text, toks[from]!.start, claimAt);
    if (!org || mentions.some((m) => m.start < org.end && org.start < m.end)) continue;
    const text = doc.text.slice(org.start, org.end);
    mentions.push(actorMention(org.start, org.end, text, sentence, { name: text, type: 'rebel_group', known: false, country: mainCountry(ctx), generic: false, rule: 'actors.unknown.claimant' }));
  }
}
