// PLACEHOLDER until the actors work lands (owned by the actors helper).
import type { ActorMention, Doc, RoleAssignment, TriggerMention } from '../pipeline/doc';
export interface ActorDictionary { readonly size: number }
export function loadActorDictionary(_extra?: unknown): ActorDictionary { return { size: 0 }; }
export function findActors(_doc: Doc, _d: ActorDictionary): ActorMention[] { return []; }
export function assignRoles(_doc: Doc, _t: TriggerMention, _s: number[]): RoleAssignment {
  return { actor1: null, actor2: null, rule: 'none' };
}
