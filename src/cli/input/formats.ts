/** Input formats, chosen by file extension (formats.json) unless `--input-format` says. */
import { extname } from 'node:path';
import EXTENSIONS from './formats.json';

export const INPUT_FORMATS = ['text', 'html', 'json', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = EXTENSIONS as Record<string, InputFormat>;

/** The format of a file by its extension, or null when the extension is not one we read. */
export function formatByExtension(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).slice(1).toLowerCase()] ?? null;
}
