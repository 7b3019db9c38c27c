/**
 * Groups missing from the dictionary: "the Martyrs of Badr Brigade", "the
 * Kafr militia", "Jaish al-Muhajireen". Found by a token pattern (a
 * capitalised run with a group noun at its end or start, rules in
 * data/unknown-groups.json) and, for claims of responsibility only, by
 * compromise's organisation / proper-noun tags on the words before the claim.
 * Emitted with known:false and a guessed type; never dropped.
 */
import rules from './data/unknown-groups.json';
import { nlp } from '../util/lazy';
import { isCountryWord } from './countries';
import { adjacent, startsUpper, type Token } from './tokens';
import type { ActorType } from '../schema/vocab';

export interface UnknownMatch {
  /** Token index range [from, to). */
  from: number;
  to: number;
  type: ActorType;
  rule: string;
}

const suffixHeads = new Map(Object.entries(rules.headSuffix) as [string, ActorType][]);
const prefixHeads = new Map(Object.entries(rules.headPrefix) as [string, ActorType][]);
const lowercaseHeads = new Set(rules.lowercaseHeads);
const connectors = new Set(rules.connectors);
const notNames = new Set(rules.notNames);
const institutionWords = new Set(rules.institutionWords);
const stateUnitWords = new Set(rules.stateUnitWords);
const stateOwners = rules.stateOwners;

/** "the army's 29th Brigade": the run is owned by a state force named just before it. */
function ownedByState(text: string, start: number): boolean {
  // Every owner ends in a possessive and a space: most runs have none before them.
  if (start < 3 || text[start - 1] !== ' ' || (text[start - 2] !== 's' && text[start - 2] !== 'S')) return false;
  const before = text.slice(Math.max(0, start - 20), start).toLowerCase().replace(/\u2019/g, "'");
  return stateOwners.some((owner) => before.endsWith(`${owner}'s `));
}

/** A spaced dash ends a name ("DERNA - Forces loyal to ..." is a dateline, then the text). */
const DASH = /\s[-\u2013\u2014]\s/;

const isCapitalised = (t: Token): boolean => startsUpper(t.raw) || /^\p{N}/u.test(t.raw);


function isNameWord(t: Token): boolean {
  return isCapitalised(t) && !connectors.has(t.norm) && !notNames.has(t.norm) && !suffixHeads.has(t.norm)
    && !prefixHeads.has(t.norm) && !isCountryWord(t.norm);
}

/** An unknown group starting at token `i` (before `limit`), or null. */
export function unknownGroupAt(text: string, toks: readonly Token[], i: number, limit: number): UnknownMatch | null {
  const first = toks[i]!;
  if (!startsUpper(first.raw) || connectors.has(first.norm) || (notNames.has(first.norm) && !suffixHeads.has(first.norm))) return null;
  // The capitalised run (connectors allowed inside), plus one lowercase head noun after it.
  let end = i + 1;
  while (end < limit && end - i < rules.maxRunTokens && adjacent(text, toks[end - 1]!, toks[end]!) && !DASH.test(text.slice(toks[end - 1]!.end, toks[end]!.start))
    && (isCapitalised(toks[end]!) || connectors.has(toks[end]!.norm))) end++;
  if (end < limit && lowercaseHeads.has(toks[end]!.norm) && toks[end]!.raw === toks[end]!.norm) end++;
  const run = toks.slice(i, end);
  if (run.some((t) => institutionWords.has(t.norm))) return null;
  const stateUnit = (): boolean => run.some((t) => stateUnitWords.has(t.norm)) || ownedByState(text, first.start);

  const prefixType = prefixHeads.get(first.norm);
  if (prefixType) {
    let last = run.length - 1;
    while (last > 0 && connectors.has(run[last]!.norm)) last--;
    if (last === 0 || !run.slice(1, last + 1).some(isNameWord)) return null;
    return { from: i, to: i + last + 1, type: prefixType, rule: 'actors.unknown.prefix' };
  }
  for (let k = run.length - 1; k > 0; k--) {
    const head = run[k]!;
    const type = suffixHeads.get(head.norm) ?? (lowercaseHeads.has(head.norm) ? 'political_militia' : undefined);
    if (type === undefined) continue;
    if (stateUnit()) return { from: i, to: i + k + 1, type: 'state_forces', rule: 'actors.unknown.state_unit' };
    if (!run.slice(0, k).some(isNameWord)) return null;
    return { from: i, to: i + k + 1, type, rule: 'actors.unknown.suffix' };
  }
  return null;
}

/** A capitalised word other than a sentence's usual first words. */
const CAPITALISED_WORD = /(?<![\w'-])(?!(?:The|A|An|No|It|Its|They|Their|He|She|We|This|That|There|But|And|In|On|At|As|After)\b)\p{Lu}/u;

export interface OrgSpan {
  start: number;
  end: number;
}

/**
 * The organisation named before a claim of responsibility that starts at
 * `claimAt` (compromise tags, loaded lazily, run on that short span only).
 */
export function claimantOrganisation(text: string, sentenceStart: number, claimAt: number): OrgSpan | null {
  const before = text.slice(sentenceStart, claimAt);
  // compromise costs some 250 ms to load, per thread: without a capitalised word
  // ("No group has claimed", "The group said it claimed") there is no name to tag.
  if (!CAPITALISED_WORD.test(before)) return null;
  const tagged = nlp()(before);
  for (const pattern of ['#Organization+', '#ProperNoun+']) {
    const found = tagged.match(pattern).json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
    const last = found[found.length - 1];
    if (last && last.text.trim().length > 2) {
      const start = sentenceStart + last.offset.start;
      let end = start + last.offset.length;
      // compromise's span may carry the punctuation that follows the name.
      while (end > start && /[\s,;:.!?)"'\u2019\u201d]/.test(text[end - 1]!)) end--;
      return { start, end };
    }
  }
  return null;
}
