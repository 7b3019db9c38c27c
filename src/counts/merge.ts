/**
 * One figure per category for one incident, from all its mentions.
 * - Subsets ("including six children") are never added; they live in the breakdown.
 * - Background figures were dropped by findCounts; period totals (cumulative)
 *   are used only when the incident has no figure of its own.
 * - Groups named in one sentence by separate clauses ("two soldiers were
 *   killed and three civilians died") are summed, and so are later figures of
 *   other groups marked "also" ("11 of the attackers were also killed").
 * - An exact figure beats a vague one for the same people ("dozens" … "45"),
 *   unless it is under half the vague one (then it names a part of them).
 * - Otherwise the largest figure wins: repeats count once, updated tolls rise.
 * - A stated zero is used only when no mention gives people.
 * - "shot" counts everyone hit: an injured figure read only from "shot" is
 *   dropped when the incident has at least as many dead (they were the dead).
 */
import type { CountMention } from '../pipeline/doc';
import type { CountCategory } from '../schema/vocab';

/** One figure for several mentions of distinct people: values and breakdowns added. */
function combine(parts: CountMention[], rule: string): CountMention {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const breakdown: Record<string, number> = {};
  for (const m of parts) for (const [g, n] of Object.entries(m.breakdown)) breakdown[g] = (breakdown[g] ?? 0) + n;
  return {
    ...first,
    end: last.end,
    text: parts.map((m) => m.text).join(' … '),
    value: parts.reduce((n, m) => n + m.value, 0),
    min: parts.reduce((n, m) => n + m.min, 0),
    max: parts.some((m) => m.max === null) ? null : parts.reduce((n, m) => n + (m.max ?? 0), 0),
    approximate: parts.some((m) => m.approximate),
    breakdown,
    rule,
  };
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

function bestOf(mentions: CountMention[]): CountMention {
  const bySentence = new Map<number, CountMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const figures = [...bySentence.values()].map((ms) => sumDistinctGroups(ms.sort((a, b) => a.start - b.start)));
  const largest = (ms: CountMention[]) => ms.reduce((a, b) => (b.value > a.value ? b : a));
  const exact = figures.filter((m) => !m.vague);
  const vague = figures.filter((m) => m.vague);
  if (exact.length === 0) return largest(vague);
  const bestExact = largest(exact);
  if (vague.length === 0) return bestExact;
  const bestVague = largest(vague);
  return bestExact.value * 2 >= bestVague.value ? bestExact : bestVague;
}

/** "11 of the attackers were also killed": other people than the figure before it. */
const isAddition = (m: CountMention): boolean => m.rule.endsWith('.also');

/**
 * The best figure of the mentions that are not additions, plus the additions
 * of other sentences that name other groups ("Eight policemen were killed. …
 * 11 of the attackers were also killed" = 19).
 */
function bestWithAdditions(mentions: CountMention[]): CountMention {
  const base = mentions.filter((m) => !isAddition(m));
  if (base.length === 0) return bestOf(mentions);
  const best = bestOf(base);
  const additions = mentions.filter((m) => isAddition(m) && m.sentence !== best.sentence && m.start > best.start);
  const parts = [best, ...additions].sort((a, b) => a.start - b.start);
  return additions.length > 0 && distinctGroups(parts) ? combine(parts, `${best.category}.sum`) : best;
}

export function mergeCounts(mentions: CountMention[]): Partial<Record<CountCategory, CountMention>> {
  const merged: Partial<Record<CountCategory, CountMention>> = {};
  const categories = new Set(mentions.map((m) => m.category));
  for (const category of categories) {
    const own = mentions.filter((m) => m.category === category && !m.subset);
    const incident = own.filter((m) => !m.cumulative);
    const pool = incident.length > 0 ? incident : own;
    const positive = pool.filter((m) => m.value > 0);
    if (positive.length > 0) merged[category] = bestWithAdditions(positive);
    else if (pool.length > 0) merged[category] = pool[0];
  }
  const injured = merged.injured;
  const onlyShot = mentions.every((m) => m.category !== 'injured' || m.value === 0 || m.rule === 'injured.shot');
  if (injured && injured.value > 0 && injured.rule === 'injured.shot' && onlyShot && (merged.killed?.value ?? 0) >= injured.value) delete merged.injured;
  return merged;
}
