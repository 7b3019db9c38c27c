// PLACEHOLDER until the dates work lands (owned by the events/dates helper).
import type { DateMention, Doc } from '../pipeline/doc';
export function findDates(_doc: Doc): DateMention[] { return []; }
