/** conflict-extract: the library's public surface. */
export { extractArticle, extractArticleDetailed } from './extract';
export type { ExtractOptions, ExtractResult, InvalidRecord } from './extract';
export { loadResources } from './pipeline/resources';
export type { Resources, ResourceOptions } from './pipeline/resources';
export { EventSchema } from './schema/event';
export type { EventRecord, CountValue, LocationValue, ActorValue, DateValue } from './schema/event';
export * from './schema/vocab';
export type { ArticleInput } from './pipeline/doc';
