// PLACEHOLDER until the events work lands (owned by the events/dates helper).
import type { Doc } from '../pipeline/doc';
import type { Resources } from '../pipeline/resources';
import type { EventRecord } from '../schema/event';
export type EventDraft = Omit<EventRecord, 'id' | 'source'>;
export function buildEvents(_doc: Doc, _r: Resources): EventDraft[] { return []; }
