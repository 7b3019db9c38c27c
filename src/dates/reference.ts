/**
 * The reference date relative dates resolve against. In order: the
 * `--published` option, the article's own metadata, a date line at the top of
 * the article (a short line or an agency dateline), the latest full date in
 * the text. Without one, relative dates stay unresolved: never today's clock.
 */
import type { Doc, ReferenceDate } from '../pipeline/doc';
import { dayOf, isoOf, parseIsoDay, type DayNumber } from './calendar';
import { findExplicitDates, readFullDate, type ExplicitDate } from './explicit';

// A date line is one of the first few sentences and short, like "Monday, March 4, 2019".
const HEADER_SENTENCES = 3;
const DATE_LINE_MAX_WORDS = 12;
// "MOGADISHU, Somalia (AP) —": an upper-case place name opening a sentence.
const AGENCY_DATELINE = /^[A-Z][A-Z .'-]{2,30},/;

/** Any date string with a day, month and year → YYYY-MM-DD, else null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = parseIsoDay(value);
  if (iso !== null) return isoOf(iso);
  const full = readFullDate(value);
  const day = full ? dayOf(full.year, full.month, full.day) : null;
  return day === null ? null : isoOf(day);
}

function fullDay(d: ExplicitDate): DayNumber | null {
  return d.year === null ? null : dayOf(d.year, d.month, d.day);
}

function isDateLine(doc: Doc, d: ExplicitDate): boolean {
  const sentence = doc.sentences[d.sentence];
  if (!sentence || sentence.index >= HEADER_SENTENCES) return false;
  return sentence.text.split(/\s+/).length <= DATE_LINE_MAX_WORDS || AGENCY_DATELINE.test(sentence.text);
}

export function findReferenceDate(doc: Doc, published: string | null): ReferenceDate | null {
  const option = toIsoDate(published);
  if (option) return { value: option, source: 'option', span: null };
  const metadata = toIsoDate(doc.article.published);
  if (metadata) return { value: metadata, source: 'metadata', span: null };

  const full = findExplicitDates(doc).filter((d) => fullDay(d) !== null);
  const dateLine = full.find((d) => isDateLine(doc, d));
  if (dateLine) return { value: isoOf(fullDay(dateLine)!), source: 'dateline', span: spanOf(dateLine) };
  let latest: ExplicitDate | null = null;
  for (const d of full) if (!latest || fullDay(d)! > fullDay(latest)!) latest = d;
  return latest ? { value: isoOf(fullDay(latest)!), source: 'latest_date', span: spanOf(latest) } : null;
}

function spanOf(d: ExplicitDate) {
  return { start: d.start, end: d.end, text: d.text };
}
