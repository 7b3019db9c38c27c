/**
 * The one schema for actor dictionary entries: the built-in JSON files and a
 * user's `--actors FILE.json` are checked by the same zod object, so a user
 * entry can do exactly what a built-in one can and nothing more (data only).
 */
import { z } from 'zod';
import { ACTOR_TYPES } from '../schema/vocab';
import { validateEntryList } from '../util/entry-list';

/** At most this many entries in one list (a user file; the built-in files are far below it). */
export const MAX_ACTOR_ENTRIES = 20_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const phrase = z.string().trim().min(1).max(200);
const acronym = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}./\- ]{0,40}$/u, 'expected a short acronym');

export const ActorEntrySchema = z
  .object({
    /** Canonical name, ACLED style ("Military Forces of Iraq", "Islamic State"). */
    name: phrase,
    type: z.enum(ACTOR_TYPES),
    /** Matched case-insensitively, diacritics, hyphens, apostrophes and al-/el- unified. */
    aliases: z.array(phrase).max(500).default([]),
    /** Matched case-sensitively ("IS" never matches the verb "is"). */
    acronyms: z.array(acronym).max(100).default([]),
    /** Acronyms that mean something else elsewhere ("AFP", a news agency): matched only in articles about `countries`. */
    local_acronyms: z.array(acronym).max(100).optional(),
    /** ISO2 countries the actor belongs to or operates in; decides between groups sharing an alias. */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')).max(300).default([]),
    /** The wordings are generic ("settlers", "colectivos"): match only in articles about these countries. */
    local: z.boolean().optional(),
    /** Validity of the name, where it changed meaning (compared with the article's reference date). */
    valid_from: isoDate.optional(),
    valid_to: isoDate.optional(),
  })
  .strict();

export type ActorEntry = z.infer<typeof ActorEntrySchema>;
export type ActorEntryInput = z.input<typeof ActorEntrySchema>;

/** Validates a list of entries (built-in file or `--actors`); errors name the origin, entry and field. */
export function validateActorEntries(raw: unknown, origin: string): ActorEntry[] {
  return validateEntryList(raw, {
    origin, key: 'actors', what: 'actor', schema: ActorEntrySchema, maxEntries: MAX_ACTOR_ENTRIES,
  });
}
