/**
 * Dictionaries are loaded once and shared by every article: building them is
 * the expensive part of start-up, so nothing here may be rebuilt per article.
 */
import { loadActorDictionary, type ActorDictionary } from '../actors';
import { loadGazetteer, type Gazetteer } from '../places';

export interface Resources {
  actors: ActorDictionary;
  gazetteer: Gazetteer;
}

export interface ResourceOptions {
  /** Extra actor entries (the parsed content of `--actors FILE.json`). */
  actors?: unknown;
  /** Extra gazetteer entries (the parsed content of `--places FILE`). */
  places?: unknown;
}

let defaults: Resources | null = null;

export function loadResources(options: ResourceOptions = {}): Resources {
  if (options.actors === undefined && options.places === undefined) {
    defaults ??= { actors: loadActorDictionary(), gazetteer: loadGazetteer() };
    return defaults;
  }
  return {
    actors: loadActorDictionary(options.actors),
    gazetteer: loadGazetteer(options.places),
  };
}
