/** Building blocks of hostile text, shared by the property and the timing tests. */

/** Tokens that hit the rules' cues: triggers, counts, dates, names, quotes, separators. */
export const ADVERSARIAL_TOKENS = [
  'killed', 'killed killed', 'attack', 'attacked', 'clashes', 'airstrike', 'wounded', 'injured', 'captured',
  'arrested', 'kidnapped', 'surrendered', 'displaced', 'no one was', 'not', 'in', 'In', 'in In in', 'IN',
  'at least', 'dozens of', 'hundreds', 'scores', 'a dozen', 'two', 'Two', 'twenty-five', 'one hundred and',
  '1,1,1,1', '12,000', '1.5', '3rd', '-5', '0', '000000', '9999999999999999999999', '1/2', '½',
  'people', 'civilians', 'soldiers', 'gunmen', 'militants', 'Islamic State', 'IS', 'ISIS', 'al-', 'al-Qaeda',
  'the army', 'Syrian Democratic Forces', 'police said', 'officials said', 'said', 'Reuters', '(AP)',
  'Baghouz', 'Syria', 'Deir ez-Zor', 'Kabul', 'Lagos', 'Al', 'Abu', 'Bin', 'New York', 'Springfield',
  'Monday', 'Tuesday', 'yesterday', 'last week', 'on', 'March', 'March 19', '2019', '19 March 2019', 'Jan.',
  'since 2011', 'a day earlier', '"', "'", '“', '”', '‘', '’', '«', '»', '"\'"\'"', '(', ')', '[', ']',
  '.', '...', '!', '?', ',', ';', ':', '—', '-', '–', '/', '\\', '\u0000', '\uFFFD', '\u200B', '\u00A0',
  'قتل', 'دير الزور', '😀', 'e\u0301', 'Mr.', 'U.S.', 'Dr.', 'No.', 'St.', 'a.m.', '\r\n', '\n\n',
];

/**
 * Long runs of one pattern: the shapes that make backtracking regular
 * expressions or nested loops blow up (digits, separators, capitals, repeated
 * triggers, dots, quotes, hyphens).
 */
export const LONG_PATTERNS: Record<string, string> = {
  digits: '1',
  'digit groups': '1,',
  'decimal dots': '1.',
  spaces: ' ',
  'capitalised words': 'Abu ',
  'capitalised hyphens': 'Al-Abu-',
  'repeated trigger': 'killed ',
  'trigger and number': 'killed 3 ',
  'in In in': 'in In ',
  dots: '.',
  'initials': 'A. ',
  'nested quotes': '"\'“‘',
  'open brackets': '(',
  'number words': 'twenty-five hundred ',
  'date words': 'March 19 ',
  'newlines': '\n',
  'sentence per word': 'Killed. ',
  'at least dozens': 'at least dozens of ',
};

export function repeatTo(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}
