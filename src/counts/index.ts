// PLACEHOLDER until the counts work lands (owned by the counts helper).
import type { CountMention, Doc } from '../pipeline/doc';
export function findCounts(_doc: Doc): CountMention[] { return []; }
