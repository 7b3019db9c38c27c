import { parseNumber, parseQuantity, tokenize } from '../../src/counts';

test.each([
  ['5,000', 5000], ['1.2 million', 1200000], ['twelve', 12], ['twenty-five', 25], ['a hundred', 100],
  ['two hundred and fifty', 250], ['one thousand two hundred', 1200], ['a dozen', 12], ['two dozen', 24],
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000], ['tens of thousands', 20000],
  ['several', 3], ['a couple', 2], ['both', 2], ['157', 157], ['ninety-nine', 99],
])('%s → %d', (text, value) => {
  expect(parseNumber(text)).toBe(value);
});

test.each(['2.5', '1,23', 'twenty thirty', 'a', 'people', '12,34,5'])('%s is not a figure', (text) => {
  expect(parseNumber(text)).toBeNull();
});

const quantity = (text: string) => parseQuantity(tokenize(text), 0);

test.each([
  ['at least 5', { value: 5, min: 5, max: null, approximate: false }],
  ['more than 20', { value: 20, min: 21, max: null }],
  ['over 60,000', { value: 60000, min: 60001, max: null }],
  ['nearly 50', { value: 50, min: 0, max: 50, approximate: true }],
  ['up to 40', { value: 40, min: 0, max: 40, approximate: true }],
  ['some 5,000', { value: 5000, approximate: true }],
  ['about 30', { value: 30, approximate: true }],
  ['between 10 and 15', { value: 10, min: 10, max: 15 }],
  ['10 to 15', { value: 10, min: 10, max: 15 }],
  ['10-15', { value: 10, min: 10, max: 15 }],
  ['dozens', { value: 24, min: 24, max: null, approximate: true, vague: 'dozens' }],
  ['a dozen', { value: 12, max: 12, vague: 'a dozen' }],
  ['no one', { value: 0, negated: true }],
])('%s', (text, fields) => {
  expect(quantity(text)).toMatchObject(fields);
});

test('a range is not read after "from" ("rose from 17 to 23")', () => {
  const tokens = tokenize('from 17 to 23');
  expect(parseQuantity(tokens, 1)).toMatchObject({ value: 17, max: 17 });
});

test('figures glued to letters are words ("6abc.com", "21st")', () => {
  expect(tokenize('6abc.comA man').map((t) => t.text)).toEqual(['6abc.comA', 'man']);
  expect(parseNumber('21st')).toBeNull();
});
