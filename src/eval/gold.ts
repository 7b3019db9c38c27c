/**
 * Gold files: one article per line with its human-coded events, in the format
 * of docs/gold-format.md. Every event field may be null ("not given").
 */
import { z } from 'zod';
import { COUNT_CATEGORIES, DATE_PRECISIONS, EVENT_TYPES, SUB_EVENT_TYPES, type CountCategory } from '../schema/vocab';

const nullableString = z.string().nullable().optional().transform((v) => v ?? null);
/** Some gold files write "2015-8-3": accepted and zero-padded, so dates compare as strings. */
const goldDate = z
  .string()
  .regex(/^\d{4}(-\d{1,2}(-\d{1,2})?)?$/, 'expected YYYY-MM-DD, YYYY-MM or YYYY')
  .transform((d) => d.split('-').map((p, i) => (i === 0 ? p : p.padStart(2, '0'))).join('-'));
const nullableNumber = z.number().nullable().optional().transform((v) => v ?? null);

const goldCount = z.number().int().nonnegative().nullable().optional().transform((v) => v ?? null);
const countsShape = Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, goldCount])) as Record<
  CountCategory,
  typeof goldCount
>;
const noCounts = Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, null])) as Record<CountCategory, number | null>;

export const GoldEventSchema = z.object({
  event_type: z.enum(EVENT_TYPES).nullable().optional().transform((v) => v ?? null),
  sub_event_type: z.enum(SUB_EVENT_TYPES).nullable().optional().transform((v) => v ?? null),
  date: goldDate.nullable().optional().transform((v) => v ?? null),
  date_precision: z.enum(DATE_PRECISIONS).nullable().optional().transform((v) => v ?? null),
  location: nullableString,
  admin1: nullableString,
  country: nullableString,
  lat: nullableNumber,
  lon: nullableNumber,
  actor1: nullableString,
  actor2: nullableString,
  counts: z.object(countsShape).optional().transform((c) => c ?? noCounts),
  evidence: nullableString,
});

export const GoldArticleSchema = z.object({
  id: z.string(),
  published: goldDate.nullable().optional().transform((v) => v ?? null),
  text: z.string(),
  events: z.array(GoldEventSchema),
});

export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

/** Parses a gold file's content; a bad line is an error naming the line, since a silently skipped gold article would skew the scores. */
export function parseGold(content: string, fileName: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${fileName}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const parsed = GoldArticleSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${fileName}:${i + 1}: ${issue.path.join('.')}: ${issue.message}`);
    }
    articles.push(parsed.data);
  }
  return articles;
}
