import { readExplicitDates, readFullDate } from '../../src/dates/explicit';

const read = (text: string) => readExplicitDates(text).map((r) => [r.text, r.year, r.month, r.day]);

describe('explicit dates by our own patterns', () => {
  it.each<[string, (string | number | null)[]]>([
    ['The raid on March 19, 2019 was the first.', ['March 19, 2019', 2019, 3, 19]],
    ['It began on Sept. 3 near the river.', ['Sept. 3', null, 9, 3]],
    ['Talks resumed on 19 March 2019 in the capital.', ['19 March 2019', 2019, 3, 19]],
    ['The 4th of July parade was cancelled.', ['4th of July', null, 7, 4]],
    ['Filed 2019-03-19 by the desk.', ['2019-03-19', 2019, 3, 19]],
    ['Posted 3/19/2019 at noon.', ['3/19/2019', 2019, 3, 19]],
    ['Posted 19/03/2019 at noon.', ['19/03/2019', 2019, 3, 19]],
    ['Posted 3/4/19 at noon.', ['3/4/19', 2019, 3, 4]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads no date that cannot be one, nor the modal "may", nor a bare month and year', () => {
    expect(read('The vote on February 30 never happened.')).toEqual([]);
    expect(read('Fighting may 5 times a week resume.')).toEqual([]);
    expect(read('The offensive began in March 2019.')).toEqual([]);
  });

  it('reads metadata dates, with chrono only for other formats', () => {
    expect(readFullDate('March 2, 2019')).toEqual({ year: 2019, month: 3, day: 2 });
    expect(readFullDate('Sat, 02 Mar 2019 10:00:00 GMT')).toEqual({ year: 2019, month: 3, day: 2 });
    expect(readFullDate('next week')).toBeNull();
  });
});
