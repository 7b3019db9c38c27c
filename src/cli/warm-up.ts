/**
 * The short article start-up work is warmed on: the bundle's code cache
 * (scripts/bundle.ts) and the start-up snapshot (snapshot-entry.ts) both keep
 * what running it compiled and loaded. It has no word that needs compromise or
 * chrono-node, which cannot be loaded while a snapshot is built.
 */
export const WARM_UP_ARTICLE =
  'KAFR TEST, March 18 (Wire) - Gunmen killed two farmers and wounded three others in an attack on a village market ' +
  'in Kaduna on Monday, officials said. Police arrested four suspects.';
export const WARM_UP_PUBLISHED = '2019-03-18';
