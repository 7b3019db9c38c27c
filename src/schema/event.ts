/**
 * The event record: the one source of truth for what `extract` writes.
 * `schemas/event.schema.json` is generated from this file (`npm run schema`)
 * and a test fails when the two drift apart.
 */
import { z } from 'zod';
import {
  EVENT_TYPES,
  SUB_EVENT_TYPES,
  ACTOR_TYPES,
  COUNT_CATEGORIES,
  DATE_PRECISIONS,
} from './vocab';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Where a field came from: the rule that fired and the span it read. */
const provenance = {
  text: z.string().describe('the words in the article the value was read from'),
  start: z.number().int().nonnegative().nullable().describe('character offset of `text` in the article'),
  end: z.number().int().nonnegative().nullable(),
  rule: z.string().describe('id of the rule that produced the value'),
};

export const SourceSchema = z.object({
  id: z.string().describe('the input article id (JSON Lines `id`), else its path'),
  path: z.string().nullable(),
  published: isoDate.nullable().describe('the reference date used to resolve relative dates'),
  published_from: z.enum(['option', 'metadata', 'dateline', 'latest_date']).nullable(),
});

export const DateSchema = z.object({
  value: isoDate.nullable(),
  precision: z.enum(DATE_PRECISIONS).nullable(),
  ...provenance,
});

export const LocationSchema = z.object({
  name: z.string(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  country_code: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2'),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  precision: z.number().int().min(1).max(4).nullable()
    .describe('1 the town itself, 2 near a town or part of a region, 3 a province or district, 4 the country only'),
  geonameid: z.number().int().nullable(),
  ...provenance,
});

export const ActorSchema = z.object({
  name: z.string().describe('canonical name'),
  type: z.enum(ACTOR_TYPES),
  known: z.boolean().describe('false when the group is not in the actor dictionary'),
  ...provenance,
});

export const CountSchema = z.object({
  value: z.number().int().nonnegative().describe('the figure to use in a spreadsheet'),
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable().describe('null when the text gives no upper bound'),
  approximate: z.boolean(),
  cumulative: z.boolean().describe('a running or background toll kept because it is the event itself'),
  breakdown: z.record(z.string(), z.number().int().nonnegative())
    .describe('who the people were, where the text says (civilians, soldiers, ...)'),
  ...provenance,
});

const countsShape = Object.fromEntries(
  COUNT_CATEGORIES.map((c) => [c, CountSchema.nullable()]),
) as Record<(typeof COUNT_CATEGORIES)[number], z.ZodNullable<typeof CountSchema>>;

export const CountsSchema = z.object(countsShape);

export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const EventSchema = z
  .object({
    id: z.string().describe('stable: a hash of the source id and the event evidence'),
    source: SourceSchema,
    event_type: z.enum(EVENT_TYPES),
    sub_event_type: z.enum(SUB_EVENT_TYPES),
    type_rule: z.string().describe('id of the trigger rule that typed the event'),
    type_text: z.string().describe('the trigger words the type was read from'),
    date: DateSchema,
    location: LocationSchema.nullable(),
    actor1: ActorSchema.nullable(),
    actor2: ActorSchema.nullable(),
    counts: CountsSchema,
    evidence: z.array(EvidenceSchema).min(1),
    confidence: z.number().min(0).max(1),
  })
  .describe('One conflict event extracted from a news article (conflict-extract)');

export type EventRecord = z.infer<typeof EventSchema>;
export type CountValue = z.infer<typeof CountSchema>;
export type LocationValue = z.infer<typeof LocationSchema>;
export type ActorValue = z.infer<typeof ActorSchema>;
export type DateValue = z.infer<typeof DateSchema>;
