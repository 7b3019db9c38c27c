/**
 * Character references (`&amp;` `&#8217;` `&#x2019;` `&nbsp;`) in article
 * text that did not come through the HTML parser: feeds and scrapers often
 * leave them in JSON and plain-text articles (UCDP headlines: `Dar&#8217;a`).
 * Named references are HTML 4's set plus `&apos;` (entities.json) and need
 * their `;`, as in HTML; numeric ones may omit it. Unknown names and numbers
 * that are not characters are left as written.
 */
import NAMED from './entities.json';

const NAMES: Readonly<Record<string, string>> = NAMED;
// Bounded runs only (no nested quantifier): one linear pass.
const REFERENCE = /&(?:#(\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|([A-Za-z][A-Za-z0-9]{1,9});)/g;

function fromCodePoint(code: number, written: string): string {
  const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return isCharacter ? String.fromCodePoint(code) : written;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (written, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number(decimal), written);
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), written);
    return Object.prototype.hasOwnProperty.call(NAMES, name!) ? NAMES[name!] : written;
  });
}
