/**
 * Where the committed gazetteer data lives. It stays under src/ (tsc does not
 * copy TSV files) and is found from src/, dist/src/ or a bundle alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/paths';
import { parseTsv, type TsvRow } from './tsv';

export function placesDataPath(...parts: string[]): string {
  return join(packageRoot(), 'src', 'places', 'data', ...parts);
}

export function readDataTsv(...parts: string[]): TsvRow[] {
  return parseTsv(readFileSync(placesDataPath(...parts), 'utf8'));
}

/** Every per-country conflict-location file present (data/conflict/*.tsv), sorted for determinism. */
export function conflictFiles(): string[] {
  const dir = placesDataPath('conflict');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
}
