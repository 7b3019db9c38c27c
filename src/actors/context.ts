/**
 * Context for aliases that name different actors in different countries or
 * periods: the article's country (focusCountry from the places stage, else
 * the countries its places and state forces belong to) and its reference date.
 */
import type { Doc } from '../pipeline/doc';
import type { Candidate } from './alias-index';
import type { ActorEntry } from './schema';

export interface ActorContext {
  /** ISO2 codes, most relevant first. */
  countries: string[];
  date: string | null;
}

/** Countries in order of mentions; `extra` are codes seen by the actor scan (e.g. "Iraqi troops"). */
export function actorContext(doc: Doc, extra: readonly string[]): ActorContext {
  if (doc.focusCountry) return { countries: [doc.focusCountry], date: doc.reference?.value ?? null };
  const tally = new Map<string, number>();
  const codes = [...doc.places.map((p) => p.country_code), ...extra];
  for (const code of codes) if (code) tally.set(code, (tally.get(code) ?? 0) + 1);
  // Built by push alone: an array from map() is holey, another hidden class for the code that reads it.
  const countries: string[] = [];
  for (const [code] of [...tally.entries()].sort((a, b) => b[1] - a[1])) countries.push(code);
  return { countries, date: doc.reference?.value ?? null };
}

/** The article's country, or null. (A read past the end of an empty array would deoptimise the reader.) */
export function mainCountry(ctx: ActorContext): string | null {
  return ctx.countries.length > 0 ? ctx.countries[0]! : null;
}

export function entryValidAt(e: ActorEntry, date: string | null): boolean {
  return !date || ((!e.valid_from || e.valid_from <= date) && (!e.valid_to || date < e.valid_to));
}

function validAt(c: Candidate, date: string | null): boolean {
  return !c.entry || entryValidAt(c.entry, date);
}

function inContext(c: Candidate, ctx: ActorContext): boolean {
  return !!c.entry && c.entry.countries.some((code) => ctx.countries.includes(code));
}

export interface Choice {
  candidate: Candidate;
  /** The choice depended on the article's country or date. */
  contextual: boolean;
}

/**
 * Picks one candidate: named entries of the article's country first, then
 * generic wording (it takes the article's country), then other named entries
 * in dictionary order (named before generic when the country is unknown). Local entries ("settlers") only apply in their countries
 * and dated entries only in their period, unless nothing else is left.
 */
export function chooseCandidate(cands: readonly Candidate[], ctx: ActorContext): Choice | null {
  // A wording that names its own country ("Russians") is that country's people only in articles
  // about it: elsewhere "the Russians" are usually its forces.
  const ownsCountry = (c: Candidate): boolean => !c.country || ctx.countries.length === 0 || ctx.countries.includes(c.country);
  // A local acronym ("AFP") needs the article's country outright: elsewhere it is more often something else.
  const applies = (c: Candidate): boolean => (c.local ? inContext(c, ctx) : !c.entry?.local || ctx.countries.length === 0 || inContext(c, ctx));
  const local = cands.filter((c) => applies(c) && ownsCountry(c));
  if (local.length === 0) return null;
  const dated = local.filter((c) => validAt(c, ctx.date));
  const pool = dated.length > 0 ? dated : local;
  // Without any country, generic wording cannot name one: the named entry is more telling.
  const unplaced = ctx.countries.length === 0;
  const rank = (c: Candidate): number => (inContext(c, ctx) ? 0 : c.generic ? (unplaced ? 2 : 1) : unplaced ? 1 : 2);
  let best = pool[0]!;
  for (const c of pool) if (rank(c) < rank(best)) best = c;
  const contextual = pool.length < cands.length || pool.some((c) => c !== best && c.entry && c.entry.name !== best.entry?.name);
  return { candidate: best, contextual };
}
