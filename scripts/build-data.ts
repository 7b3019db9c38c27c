/**
 * Build-time data preparation: runs every data builder so that start-up only
 * reads compact, prepared files. Each builder writes under dist/data/.
 */
import { mkdirSync } from 'node:fs';
import { generatedDataPath } from '../src/util/paths';
import { buildGazetteer } from './build-gazetteer';
import { buildActorIndex } from './build-actors';

mkdirSync(generatedDataPath(''), { recursive: true });
// Builders register here (gazetteer index, ...).
buildGazetteer();
buildActorIndex();
