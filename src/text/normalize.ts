/**
 * Normalisation keeps the text's length, character for character, so that
 * every offset a later stage finds in the normalised text is also an offset
 * into the article as the user gave it (evidence must point into the input).
 */

// One-to-one replacements: typographic quotes and dashes, odd spaces.
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u3000': ' ',
  '\u200B': ' ', '\u200C': ' ', '\u200D': ' ', '\uFEFF': ' ', '\u00AD': ' ',
  '\t': ' ', '\r': '\n', '\u2028': '\n', '\u2029': '\n', '\u0000': ' ',
};

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

export function normalizeText(text: string): string {
  return text.replace(PATTERN, (c) => REPLACEMENTS[c] ?? c);
}
