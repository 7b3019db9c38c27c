/**
 * `--explain`: for one record, the rules that fired and the spans they read,
 * from the provenance every field carries. The CLI prints it to stderr.
 */
import type { EventRecord } from '../schema/event';
import { COUNT_CATEGORIES } from '../schema/vocab';

interface Provenance { text: string; start: number | null; end: number | null; rule: string }

function span(p: Provenance): string {
  if (p.start === null || p.end === null) return p.text ? `"${p.text}"` : '(not in the text)';
  return `"${p.text}" @${p.start}-${p.end}`;
}

function line(field: string, value: string, p: Provenance): string {
  return `  ${field.padEnd(12)} ${value}  <- ${p.rule} ${span(p)}`;
}

export function explainEvent(record: Pick<EventRecord, 'event_type' | 'sub_event_type' | 'type_rule' | 'type_text' | 'date' | 'location' | 'actor1' | 'actor2' | 'counts' | 'evidence' | 'confidence'> & { id?: string }): string {
  const lines = [
    `event ${record.id ?? ''} ${record.event_type}/${record.sub_event_type} (confidence ${record.confidence})`.replace('  ', ' '),
    `  ${'type'.padEnd(12)} ${record.sub_event_type}  <- ${record.type_rule} "${record.type_text}"`,
    line('date', `${record.date.value ?? 'unknown'} (${record.date.precision ?? '-'})`, record.date),
  ];
  if (record.location) {
    const l = record.location;
    lines.push(line('location', `${l.name}, ${l.country ?? '?'} (precision ${l.precision ?? '-'})`, l));
  }
  for (const role of ['actor1', 'actor2'] as const) {
    const a = record[role];
    if (a) lines.push(line(role, `${a.name} [${a.type}]`, a));
  }
  for (const category of COUNT_CATEGORIES) {
    const c = record.counts[category];
    if (c) lines.push(line(category, `${c.value}${c.approximate ? ' (approx.)' : ''}${c.cumulative ? ' (cumulative)' : ''}`, c));
  }
  for (const e of record.evidence) lines.push(`  evidence     @${e.start}-${e.end} "${e.text}"`);
  return lines.join('\n');
}
