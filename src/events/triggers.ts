// PLACEHOLDER until the events work lands (owned by the events/dates helper).
import type { Doc, TriggerMention } from '../pipeline/doc';
export function findTriggers(_doc: Doc): TriggerMention[] { return []; }
