import { dayOf, daysInMonth, firstOfMonth, isoOf, latestMonthStart, latestWeekdayOnOrBefore, mondayOf, parseIsoDay, weekdayOf } from '../../src/dates/calendar';

const day = (iso: string) => parseIsoDay(iso)!;

describe('calendar', () => {
  it.each([
    ['2019-03-19', 2], // Tuesday
    ['2019-03-17', 0], // Sunday
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2024-02-29', 4],
  ])('weekday of %s is %i', (iso, weekday) => expect(weekdayOf(day(iso))).toBe(weekday));

  it.each([
    ['2019-03-19', '2019-03-18'],
    ['2019-03-17', '2019-03-11'], // Sunday belongs to the week that began the Monday before
    ['2019-03-18', '2019-03-18'],
    ['2020-01-01', '2019-12-30'], // across a year end
  ])('week of %s starts on %s', (iso, monday) => expect(isoOf(mondayOf(day(iso)))).toBe(monday));

  it('knows month lengths, leap years included', () => {
    expect([daysInMonth(2019, 2), daysInMonth(2020, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2019, 4)]).toEqual([28, 29, 28, 29, 30]);
    expect(dayOf(2019, 2, 29)).toBeNull();
    expect(parseIsoDay('2019-13-01')).toBeNull();
  });

  it('steps back over month and year ends', () => {
    expect(isoOf(firstOfMonth(day('2019-01-15'), 1))).toBe('2018-12-01');
    expect(isoOf(firstOfMonth(day('2019-03-31'), 13))).toBe('2018-02-01');
    expect(isoOf(latestMonthStart(day('2019-03-19'), 11))).toBe('2018-11-01');
    expect(isoOf(latestMonthStart(day('2019-03-19'), 3))).toBe('2019-03-01');
    expect(isoOf(latestWeekdayOnOrBefore(day('2019-03-01'), 4))).toBe('2019-02-28');
  });
});
