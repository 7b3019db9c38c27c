/** Evaluation against gold files (docs/evaluation.md): used by scripts/eval.ts and its tests. */
export { parseGold, type GoldArticle, type GoldEvent } from './gold';
export { evaluateArticles, combineReports, type Extractor, type FileReport } from './evaluate';
export { formatReport } from './report';
export { matchEvents, similarity, MIN_SIMILARITY } from './match';
export { FIELDS, compareField } from './fields';
export { actorsMatch } from './actors';
export { namesMatch, foldName } from './names';
export { countriesMatch, countryCode } from './countries';
export { locationsMatch, distanceKm, LOCATION_RADIUS_KM } from './places';
export { datesMatch } from './dates';
