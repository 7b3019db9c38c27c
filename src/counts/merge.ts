/**
 * One figure per category for one incident, from all its mentions.
 * - Subsets ("including six children") are never added; they live in the breakdown.
 * - Background figures were dropped by findCounts; period totals (cumulative)
 *   are used only when the incident has no figure of its own.
 * - Groups named in one sentence by separate clauses ("two soldiers were
 *   killed and three civilians died") are summed.
 * - An exact figure beats a vague one for the same people ("dozens" … "45"),
 *   unless it is under half the vague one (then it names a part of them).
 * - Otherwise the largest figure wins: repeats count once, updated tolls rise.
 * - A stated zero is used only when no mention gives people.
 * - "shot" counts everyone hit: an injured figure read only from "shot" is
 *   dropped when the incident has at least as many dead (they were the dead).
 */
import type { CountMention } from '../pipeline/doc';
import type { CountCategory } from '../schema/vocab';

function sumDistinctGroups(sameSentence: CountMention[]): CountMention {
  const groups = sameSentence.map((m) => Object.keys(m.breakdown));
  const distinct = sameSentence.length > 1 && groups.every((g) => g.length > 0)
    && new Set(groups.flat()).size === groups.flat().length;
  if (!distinct) return sameSentence.reduce((a, b) => (b.value > a.value ? b : a));
  const first = sameSentence[0];
  const last = sameSentence[sameSentence.length - 1];
  const breakdown: Record<string, number> = {};
  for (const m of sameSentence) for (const [g, n] of Object.entries(m.breakdown)) breakdown[g] = (breakdown[g] ?? 0) + n;
  return {
    ...first,
    end: last.end,
    text: sameSentence.map((m) => m.text).join(' … '),
    value: sameSentence.reduce((n, m) => n + m.value, 0),
    min: sameSentence.reduce((n, m) => n + m.min, 0),
    max: sameSentence.some((m) => m.max === null) ? null : sameSentence.reduce((n, m) => n + (m.max ?? 0), 0),
    approximate: sameSentence.some((m) => m.approximate),
    breakdown,
    rule: `${first.category}.sum`,
  };
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

export function mergeCounts(mentions: CountMention[]): Partial<Record<CountCategory, CountMention>> {
  const merged: Partial<Record<CountCategory, CountMention>> = {};
  const categories = new Set(mentions.map((m) => m.category));
  for (const category of categories) {
    const own = mentions.filter((m) => m.category === category && !m.subset);
    const incident = own.filter((m) => !m.cumulative);
    const pool = incident.length > 0 ? incident : own;
    const positive = pool.filter((m) => m.value > 0);
    if (positive.length > 0) merged[category] = bestOf(positive);
    else if (pool.length > 0) merged[category] = pool[0];
  }
  const injured = merged.injured;
  const onlyShot = mentions.every((m) => m.category !== 'injured' || m.value === 0 || m.rule === 'injured.shot');
  if (injured && injured.value > 0 && injured.rule === 'injured.shot' && onlyShot && (merged.killed?.value ?? 0) >= injured.value) delete merged.injured;
  return merged;
}
