/** What the readers produce, in input order: articles to extract, and the messages about inputs. */
import type { ArticleInput } from '../../pipeline/doc';

export type Unit =
  /** `where` names the input in messages: a path, `path:line` for JSON Lines, `path[i]` in a JSON array. */
  | { kind: 'article'; where: string; article: ArticleInput }
  /** An input that could not be read as an article: counts as a failure. */
  | { kind: 'failure'; where: string; reason: string }
  /** Something repaired on the way (invalid UTF-8): the input is still processed. */
  | { kind: 'warning'; where: string; message: string }
  /** A file we do not read (unknown type): a note, not an input. */
  | { kind: 'skipped'; where: string; reason: string }
  /** The end of one file (or of stdin), for progress and the file count. */
  | { kind: 'file-done'; where: string };
