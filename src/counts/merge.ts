/**
 * One figure per category for one incident, from all its mentions.
 * - Subsets ("including six children") are never added; they live in the breakdown
 *   (a part with no whole, "Two of the dead were children", is a figure).
 * - Background figures were dropped by findCounts; period totals (cumulative)
 *   are used only when the incident has no figure of its own.
 * - Groups named in one sentence by separate clauses ("two soldiers were
 *   killed and three civilians died") are summed, and so are later figures of
 *   other groups marked "also" ("11 of the attackers were also killed"),
 *   later figures worded as more people ("Another man was killed", "Two more
 *   bodies were found") and attackers' dead told apart from their victims'.
 * - An exact figure beats a vague one for the same people ("dozens" … "45"),
 *   unless it is under half the vague one (then it names a part of them).
 * - Otherwise the largest figure wins: repeats count once, updated tolls rise.
 * - A stated zero is used only when no mention gives people.
 * - "shot" counts everyone hit: an injured figure read only from "shot" is
 *   dropped when the incident has at least as many dead (they were the dead),
 *   and fewer dead are taken out of it.
 */
import type { CountMention } from '../pipeline/doc';
import { COUNT_CATEGORIES, type CountCategory } from '../schema/vocab';
import { ATTACKER_GROUPS, PERPETRATOR_GROUPS } from './lexicon';
import { mentionOf, withFigure } from './mention';

/** One figure for several mentions of distinct people: values and breakdowns added. */
function combine(parts: CountMention[], rule: string): CountMention {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const breakdown: Record<string, number> = {};
  for (const m of parts) for (const [g, n] of Object.entries(m.breakdown)) breakdown[g] = (breakdown[g] ?? 0) + n;
  return mentionOf(
    first.start, last.end, parts.map((m) => m.text).join(' … '), first.sentence, first.category,
    parts.reduce((n, m) => n + m.value, 0),
    parts.reduce((n, m) => n + m.min, 0),
    parts.some((m) => m.max === null) ? null : parts.reduce((n, m) => n + (m.max ?? 0), 0),
    parts.some((m) => m.approximate), first.vague, first.cumulative, breakdown, !!first.subset, rule,
  );
}

const groupsOf = (m: CountMention): string[] => Object.keys(m.breakdown);

/** Whether every mention names its people and no group is named twice. */
function distinctGroups(ms: CountMention[]): boolean {
  const groups = ms.map(groupsOf);
  return groups.every((g) => g.length > 0) && new Set(groups.flat()).size === groups.flat().length;
}

function sumDistinctGroups(sameSentence: CountMention[]): CountMention {
  if (sameSentence.length < 2 || !distinctGroups(sameSentence)) return sameSentence.reduce((a, b) => (b.value > a.value ? b : a));
  return combine(sameSentence, `${sameSentence[0].category}.sum`);
}

/** The mentions of each sentence in text order, sentences in text order. */
function bySentence(mentions: CountMention[]): CountMention[][] {
  const groups = new Map<number, CountMention[]>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) groups.set(m.sentence, [...(groups.get(m.sentence) ?? []), m]);
  return [...groups.values()];
}

/** Per sentence, the figure of its mentions (distinct groups summed). */
function bestOfSentences(mentions: CountMention[]): CountMention {
  return bestOf(bySentence(mentions).map(sumDistinctGroups));
}

/** An exact figure beats a vague one unless it is under half of it; otherwise the largest. */
function bestOf(figures: CountMention[]): CountMention {
  const largest = (ms: CountMention[]) => ms.reduce((a, b) => (b.value > a.value ? b : a));
  const exact = figures.filter((m) => !m.vague);
  const vague = figures.filter((m) => m.vague);
  if (exact.length === 0) return largest(vague);
  const bestExact = largest(exact);
  if (vague.length === 0) return bestExact;
  const bestVague = largest(vague);
  return bestExact.value * 2 >= bestVague.value ? bestExact : bestVague;
}

/** "11 of the attackers were also killed": other people than the figure before it, if another group. */
const isAlso = (m: CountMention): boolean => m.rule.endsWith('.also');
/** "a toll that the army had initially put at nine": a first report, which later figures replace. */
const isEarlier = (m: CountMention): boolean => m.rule.endsWith('.earlier');
/** "Another man was killed", "Two more bodies were found": other people by their wording. */
const isMoreWording = (m: CountMention): boolean => m.rule.endsWith('.more');

/**
 * "more" figures that follow a figure of the same category, told earlier in
 * their sentence or else in the last sentence before with a figure: "One man
 * was dead. At least one more man was wounded" adds no one to the wounded.
 */
function anchoredMore(mentions: CountMention[]): Set<CountMention> {
  const anchored = new Set<CountMention>();
  for (const m of mentions) {
    if (!isMoreWording(m)) continue;
    const before = mentions.filter((o) => o.start < m.start);
    const sameSentence = before.filter((o) => o.sentence === m.sentence);
    const lastSentence = Math.max(...before.map((o) => o.sentence));
    const previous = sameSentence.length > 0 ? sameSentence : before.filter((o) => o.sentence === lastSentence);
    if (previous.some((o) => o.category === m.category)) anchored.add(m);
  }
  return anchored;
}

/** Only attackers or militants: their dead are told apart from their victims' (ACLED counts both). */
const isPerpetratorFigure = (m: CountMention): boolean =>
  groupsOf(m).length > 0 && groupsOf(m).every((g) => PERPETRATOR_GROUPS.has(g));

/**
 * "Three policemen died. … all four attackers were killed" = 7: the largest
 * figure of the victims plus that of the attackers told in another sentence.
 */
function victimsAndPerpetrators(base: CountMention[]): CountMention | null {
  const perpetrators = base.filter(isPerpetratorFigure);
  const victims = base.filter((m) => !isPerpetratorFigure(m));
  if (perpetrators.length === 0 || victims.length === 0) return null;
  const v = bestOfSentences(victims);
  const p = bestOfSentences(perpetrators);
  if (v.sentence === p.sentence || groupsOf(v).some((g) => PERPETRATOR_GROUPS.has(g))) return null;
  // "killed two Hezbollah fighters … announced the deaths of two": a figure naming nobody may tell
  // the militants' dead again when it is the same number; attackers are surely other people.
  if (groupsOf(v).length === 0 && v.value === p.value && !groupsOf(p).every((g) => ATTACKER_GROUPS.has(g))) return null;
  if (groupsOf(v).length === 0 && v.vague) return null; // "More than 180 people have been killed": a total, not victims apart
  return combine([v, p].sort((a, b) => a.start - b.start), `${v.category}.sum`);
}

/**
 * The running figure after each sentence: a sentence with figures of its own
 * gives a new one (with the additions after them in it); a sentence with only
 * additions adds them to the figure before. Additions are figures worded as
 * more people ("A teenager was shot dead. … Another man was killed" = 2) and
 * "also" figures of other groups ("Eight policemen were killed. … 11 of the
 * attackers were also killed" = 19). An addition joins the figure just
 * before it, not the largest: a headline total told first is not added to.
 */
function runningFigures(mentions: CountMention[], isMore: (m: CountMention) => boolean): CountMention[] {
  const figures: CountMention[] = [];
  let running: CountMention | null = null;
  const candidate = (m: CountMention) => isMore(m) || isAlso(m);
  for (const ms of bySentence(mentions)) {
    const own = ms.filter((m) => !candidate(m));
    // A toll counts the additions of its sentence ("had climbed to 14, after volunteers recovered six more bodies").
    const toll = own.some((m) => m.rule.includes('.toll'));
    let figure: CountMention | null = own.length > 0 ? sumDistinctGroups(own) : running;
    for (const m of ms.filter(candidate)) {
      const adds = figure && !toll && (own.length === 0 || m.start > figure.start) && (isMore(m) || distinctGroups([figure, m]));
      if (adds) figure = combine([figure!, m], `${m.category}.sum`);
      else if (figure) figures.push(m); // a figure of its own ("also" of the same group, or before the sentence's own)
      else figure = m;
    }
    if (!figure) continue;
    running = figure;
    figures.push(figure);
  }
  return figures;
}

/** The best of the running figures, or the victims' and attackers' dead told apart, if more. */
function bestWithAdditions(mentions: CountMention[], isMore: (m: CountMention) => boolean): CountMention {
  // A toll revised down ("the ministry lowered the toll to six") replaces every figure told, the latest such toll.
  const revised = mentions.filter((m) => m.rule.endsWith('.toll-revised'));
  if (revised.length > 0) return revised.reduce((a, b) => (b.start > a.start ? b : a));
  const largest = bestOf(runningFigures(mentions, isMore));
  // Only fatalities: the militants captured are the people captured, not another side.
  const summed = mentions[0].category === 'killed' ? victimsAndPerpetrators(mentions.filter((m) => !isMore(m) && !isAlso(m))) : null;
  return summed && summed.value > largest.value ? summed : largest;
}

/**
 * One figure per category; a category with none is undefined. The object has
 * every category as a key, in one order, whatever the mentions (no keys added
 * or deleted later: a differently shaped result made callers deoptimise).
 */
export function mergeCounts(mentions: CountMention[]): Partial<Record<CountCategory, CountMention>> {
  const merged: Partial<Record<CountCategory, CountMention>> = {
    killed: undefined, injured: undefined, captured: undefined, arrested: undefined, kidnapped: undefined, surrendered: undefined, displaced: undefined,
  };
  const anchored = anchoredMore(mentions);
  const isMore = (m: CountMention) => anchored.has(m);
  for (const category of COUNT_CATEGORIES) {
    // A part with no whole ("Two of the dead were children" alone) still tells that many at least.
    const whole = mentions.filter((m) => m.category === category && !m.subset);
    const own = whole.length > 0 ? whole : mentions.filter((m) => m.category === category);
    const incident = own.filter((m) => !m.cumulative);
    const current = incident.length > 0 ? incident : own;
    // A first report ("had initially put the toll at nine") counts only when nothing else is told.
    const replaced = current.filter((m) => !isEarlier(m));
    const pool = replaced.some((m) => m.value > 0) ? replaced : current;
    const positive = pool.filter((m) => m.value > 0);
    if (positive.length > 0) merged[category] = bestWithAdditions(positive, isMore);
    else if (pool.length > 0) merged[category] = pool[0];
  }
  const injured = merged.injured;
  const dead = merged.killed?.value ?? 0;
  if (injured && injured.value > 0 && injured.rule === 'injured.shot' && dead > 0) {
    const onlyShot = mentions.every((m) => m.category !== 'injured' || m.value === 0 || m.rule === 'injured.shot');
    if (dead < injured.value) merged.injured = withoutDead(injured, dead);
    else if (onlyShot) merged.injured = undefined;
  }
  return merged;
}

/** "shooting 12 people" … "three were killed": "shot" counts everyone hit, so the dead are taken out (9 wounded). */
function withoutDead(shot: CountMention, dead: number): CountMention {
  return withFigure(shot, shot.value - dead, Math.max(0, shot.min - dead), shot.max === null ? null : shot.max - dead, {}, 'injured.shot-minus-killed');
}
