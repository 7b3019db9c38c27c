/**
 * The actors stage (issue 4): who acted and who was acted upon, named the way
 * analysts name them. See DEVELOPERS.md for the contract.
 */
export { loadActorDictionary, type ActorDictionary } from './dictionary';
export { findActors } from './find';
export { assignRoles } from './roles';
export { parseActorsFile } from './user-file';
export { ActorEntrySchema, type ActorEntry } from './schema';
export { countryName } from './countries';
