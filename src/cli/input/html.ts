/**
 * Article text from an HTML page, with htmlparser2 (a streaming tokenizer:
 * no DOM is built and nesting depth costs nothing, unclosed tags are closed
 * by the parser). Scripts, styles and page furniture (nav, header, footer,
 * aside, ...) are dropped; block elements become line breaks so that the
 * sentence and paragraph stages see the page's structure. Tag lists live in
 * html-rules.json. Pages nested deeper than LIMITS.maxHtmlDepth are refused
 * (the parser slows down with depth).
 */
import { LIMITS } from '../limits';
import RULES from './html-rules.json';

export interface HtmlArticle {
  text: string;
  title: string | null;
  /** YYYY-MM-DD from a publication-date <meta> tag, if the page has one. */
  published: string | null;
}

const SKIPPED = new Set(RULES.skipped);
const BLOCKS = new Set(RULES.blocks);
const PUBLISHED_META = new Set(RULES.publishedMeta);
const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** Runs of spaces inside one line, and blank lines between blocks, collapse. */
function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function htmlToArticle(html: string): HtmlArticle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require('htmlparser2') as typeof import('htmlparser2');
  const pieces: string[] = [];
  let depth = 0;
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let published: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1; // the parser reports a close for every open, implied or void, so this balances
        if (depth > LIMITS.maxHtmlDepth) {
          throw new Error(`HTML nested more than ${LIMITS.maxHtmlDepth} elements deep (see docs/cli.md: Limits)`);
        }
        if (name === 'title') inTitle = true;
        if (name === 'meta' && published === null) {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          const content = attributes.content ?? '';
          if (PUBLISHED_META.has(key) && ISO_DATE_PREFIX.test(content)) published = content.slice(0, 10);
        }
        if (SKIPPED.has(name)) skipDepth += 1;
        else if (BLOCKS.has(name)) pieces.push('\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) pieces.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        depth -= 1;
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) pieces.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { text: tidy(pieces.join('')), title: cleanTitle === '' ? null : cleanTitle, published };
}
