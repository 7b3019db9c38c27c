// PLACEHOLDER until the dates work lands (owned by the events/dates helper).
import type { Doc, ReferenceDate } from '../pipeline/doc';
export function findReferenceDate(doc: Doc, published: string | null): ReferenceDate | null {
  const value = published ?? doc.article.published ?? null;
  return value ? { value: value.slice(0, 10), source: published ? 'option' : 'metadata', span: null } : null;
}
