import type { DateMention } from '../../src/pipeline/doc';
import { dateDoc } from '../events/fixture';
import { DATE_RULE_NEEDS } from '../../src/dates/relative';

/** The first date mention whose text contains `phrase`. */
function mention(text: string, published: string | null, phrase: string): DateMention {
  const found = dateDoc(text, published).dates.find((d) => d.text.includes(phrase));
  if (!found) throw new Error(`no date mention for "${phrase}" in: ${text}`);
  return found;
}

type Case = [published: string | null, sentence: string, phrase: string, value: string | null, precision: string];

describe('relative dates resolve with a past bias', () => {
  it.each<Case>([
    // weekdays: the latest such day on or before the reference; the same weekday is the same day
    ['2019-03-20', 'Rebels attacked the post on Tuesday.', 'Tuesday', '2019-03-19', 'day'],
    ['2019-03-16', 'Police fired tear gas on Saturday.', 'Saturday', '2019-03-16', 'day'],
    ['2019-03-18', 'Gunmen struck late Sunday in the north.', 'Sunday', '2019-03-17', 'day'],
    ['2019-03-18', 'The convoy was hit on Monday night.', 'Monday', '2019-03-18', 'day'],
    ['2019-03-19', 'Troops entered the town last Tuesday.', 'Tuesday', '2019-03-12', 'day'],
    ['2019-03-21', 'Troops entered the town last Tuesday.', 'Tuesday', '2019-03-19', 'day'],
    // week and month boundaries
    ['2019-03-04', 'Shelling resumed on Sunday.', 'Sunday', '2019-03-03', 'day'],
    ['2019-03-01', 'The ambush happened on Saturday.', 'Saturday', '2019-02-23', 'day'],
    ['2020-01-02', 'A mortar hit the market on Tuesday.', 'Tuesday', '2019-12-31', 'day'],
    ['2020-03-01', 'Clashes broke out on Saturday.', 'Saturday', '2020-02-29', 'day'],
    // day words and overnight: a morning story's night is the previous day's
    ['2019-03-19', 'Two rockets landed yesterday.', 'yesterday', '2019-03-18', 'day'],
    ['2019-03-01', 'Two rockets landed yesterday.', 'yesterday', '2019-02-28', 'day'],
    ['2019-03-19', 'Fighting raged overnight near the dam.', 'overnight', '2019-03-18', 'day'],
    // ... unless a clock time in its sentence or the next puts the violence after midnight
    ['2023-06-10', 'A missile hit a block overnight, officials said Saturday. It struck shortly after 3 a.m.', 'overnight', '2023-06-10', 'day'],
    ['2023-06-10', 'Gunmen attacked the village at around 2am overnight.', 'overnight', '2023-06-10', 'day'],
    ['2023-06-10', 'Drones hit the depot last night, in the early hours.', 'last night', '2023-06-10', 'day'],
    ['2023-05-31', 'Assailants hurled a grenade overnight. They threw it at about 11:30 pm and fled.', 'overnight', '2023-05-30', 'day'],
    ['2023-05-31', 'Assailants hurled a grenade overnight. Nobody was hurt. At 4 a.m. police arrived.', 'overnight', '2023-05-30', 'day'],
    ['2019-03-19', 'Protesters gathered today outside parliament.', 'today', '2019-03-19', 'day'],
    ['2019-03-19', 'Security forces raided the camp three days ago.', 'three days ago', '2019-03-16', 'day'],
    // periods: weeks start on Monday, months on the 1st
    ['2019-03-19', 'Militants seized the village last week.', 'last week', '2019-03-11', 'week'],
    ['2019-03-17', 'Militants seized the village last week.', 'last week', '2019-03-04', 'week'],
    ['2019-03-18', 'Militants seized the village last week.', 'last week', '2019-03-11', 'week'],
    ['2019-01-02', 'Militants seized the village last week.', 'last week', '2018-12-24', 'week'],
    ['2019-03-19', 'Several bombs exploded earlier this month.', 'earlier this month', '2019-03-01', 'month'],
    ['2019-01-31', 'Several bombs exploded last month.', 'last month', '2018-12-01', 'month'],
    ['2019-03-19', 'The offensive began in February.', 'February', '2019-02-01', 'month'],
    ['2019-03-19', 'Talks collapsed in March.', 'March', '2019-03-01', 'month'],
    // explicit dates from chrono
    [null, 'The attack took place on March 19, 2019.', 'March 19, 2019', '2019-03-19', 'day'],
    ['2016-01-27', 'She was shot on Tuesday, Jan. 27, at home.', 'Jan. 27', '2016-01-27', 'day'],
    ['2019-01-05', 'The raid on Dec. 30 killed four.', 'Dec. 30', '2018-12-30', 'day'],
    // no reference: relative dates stay unresolved, never today's clock
    [null, 'Rebels attacked the post on Tuesday.', 'Tuesday', null, 'day'],
    [null, 'Militants seized the village last week.', 'last week', null, 'week'],
  ])('published %s: "%s" → %s', (published, sentence, phrase, value, precision) => {
    const m = mention(sentence, published, phrase);
    expect(m.value).toBe(value);
    expect(m.precision).toBe(precision);
    expect(m.background).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['The group has held the area since January.', 'since January', 'month_past'],
    ['The group in 2014 declared a caliphate.', 'in 2014', 'year'],
    // older than the previous month, a year, months or decades ago: history, not the news
    ['The offensive began in November.', 'November', 'month_past'],
    ['The offensive began in January.', 'January', 'month_past'],
    ['More than 140 people have been killed this year.', 'this year', 'period_year'],
    ['The offensive was launched a month ago.', 'a month ago', 'months_ago'],
    ['Kidnappings were common a decade ago.', 'a decade ago', 'decades_ago'],
    ['The army has advanced in recent weeks.', 'in recent weeks', 'duration'],
    ['In the past two months, thousands have fled.', 'In the past two months', 'duration'],
    ['The war has raged since 2011.', 'since 2011', 'year'],
    ['Elections are due next Sunday.', 'Sunday', 'weekday_future'],
    ['Police said 14 people would be charged in court on Thursday.', 'Thursday', 'weekday_future'],
    ['Talks will resume in the capital on Monday.', 'Monday', 'weekday_future'],
    ['Organisers have called for more demonstrations on Thursday.', 'Thursday', 'weekday_future'],
    ['More than 350 people have been killed since the protest movement erupted on March 1.', 'March 1', 'duration'],
    ['The massacre of March 3, 2015 is remembered.', 'March 3, 2015', 'explicit_full_date'],
  ])('"%s": %s is background', (sentence, phrase, rule) => {
    const m = mention(sentence, '2019-03-19', phrase);
    expect(m.background).toBe(true);
    expect(m.rule).toBe(rule);
  });

  it('marks "a day earlier" as anaphoric', () => {
    const m = mention('Police said a second bomb had gone off a day earlier.', '2019-03-19', 'a day earlier');
    expect(m.anaphoric).toEqual({ offsetDays: -1 });
    expect(m.value).toBeNull();
  });

  it('marks "came a day after" as the day before the incident told before it', () => {
    const m = mention('The attack came a day after air strikes killed scores of fighters.', '2019-03-19', 'came a day after');
    expect(m.anaphoric).toEqual({ offsetDays: -1 });
  });

  it('keeps "since today\'s dawn" as the news itself', () => {
    const m = mention('The toll rose to 40 since dawn today.', '2019-03-19', 'today');
    expect(m.background).toBeUndefined();
  });

  it('marks "the following morning" as the day after the incident told before it', () => {
    const m = mention('The following morning, soldiers came under fire.', '2019-03-19', 'following morning');
    expect(m.anaphoric).toEqual({ offsetDays: 1 });
  });

  it('keeps a weekday after a modal in another clause as the past', () => {
    const m = mention('The army said it would respond, and on Monday its jets struck the camp.', '2019-03-19', 'Monday');
    expect(m).toMatchObject({ value: '2019-03-18', rule: 'weekday_past' });
    expect(m.background).toBeUndefined();
  });

  it.each([
    ['KHARTOUM, Aug 14 (Reuters) - Clan leaders signed a deal on Sunday.', 'Sunday'],
    ['INDIANAPOLIS, Ind. (Jan. 8, 2016) - Police said a man was shot on Thursday.', 'Thursday'],
    ['IMPHAL, Jan 8: A mob attacked a village on Thursday.', 'Thursday'],
    ['GOMA, Democratic Republic of Congo, Jan 8 (Reuters) - Rebels took the town on Thursday.', 'Thursday'],
  ])('drops the date of an agency dateline: "%s"', (text, phrase) => {
    const dates = dateDoc(text, '2016-01-08').dates;
    expect(dates.map((d) => d.text)).toEqual([expect.stringContaining(phrase)]);
  });

  it('reads "Tuesday, Jan. 27" as the date it names, keeping both when they disagree', () => {
    expect(dateDoc('She was shot Tuesday, Jan. 27, at home.', '2015-01-28').dates.map((d) => d.value)).toEqual(['2015-01-27']);
    expect(dateDoc('She was shot Tuesday, Jan. 27, at home.', '2016-01-28').dates.map((d) => d.value)).toEqual(['2016-01-26', '2016-01-27']);
  });

  it('reads a day and month just after the reference as this year\'s', () => {
    expect(mention('Shots were fired early Tuesday, December 22nd.', '2015-12-21', 'December 22')).toMatchObject({ value: '2015-12-22' });
  });

  it('keeps a date that opens the story after a dateline', () => {
    expect(dateDoc('KABUL, Afghanistan - On Monday, rebels attacked a post.', '2019-03-19').dates.map((d) => d.value)).toEqual(['2019-03-18']);
  });

  it('keeps "in 2019" in a 2019 story as a year, not background', () => {
    const m = mention('Attacks rose in 2019 across the region.', '2019-06-01', 'in 2019');
    expect(m).toMatchObject({ value: '2019-01-01', precision: 'year' });
    expect(m.background).toBeUndefined();
  });

  it('reads "May" only as a month, not in lower case', () => {
    const dates = dateDoc('The rebels may attack again. Fighting began in May.', '2019-06-10').dates;
    expect(dates.map((d) => d.text)).toEqual(['in May']);
    expect(dates[0].value).toBe('2019-05-01');
  });

  it('is deterministic and offsets point into the text', () => {
    const text = 'KABUL (Reuters) - A roadside bomb killed two soldiers on Monday, officials said on Tuesday.';
    const a = dateDoc(text, '2019-03-19').dates;
    expect(dateDoc(text, '2019-03-19').dates).toEqual(a);
    for (const d of a) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('month and year prefixes', () => {
  it.each<[string, string, string | null]>([
    ['Fighting flared in mid-March near the border.', 'in mid-March', '2019-03-01'],
    ['The siege lasted until March 2018 at least.', 'until March 2018', '2018-03-01'],
    ['The truce of mid-2018 collapsed.', 'mid-2018', '2018-01-01'],
  ])('"%s" reads %s', (sentence, text, value) => {
    const m = dateDoc(sentence, '2019-03-19').dates.find((d) => d.text === text);
    expect(m).toBeDefined();
    if (value) expect(m!.value).toBe(value);
  });
});

describe('a rule skips a text without the literal it needs', () => {
  it.each(DATE_RULE_NEEDS.map(([p, needs]) => [needs, p] as const))('"%s" is a case-sensitive, mandatory ending of its pattern', (needs, pattern) => {
    expect(pattern.flags).not.toContain('i');
    expect(pattern.source.endsWith(`\\s${needs}\\b`)).toBe(true);
  });

  it.each([
    ['2019-03-19', 'Security forces raided the camp three days ago.', '2019-03-16'],
    ['2019-03-19', 'Security forces raided the camp two weeks\nago.', '2019-03-04'],
  ])('still reads "ago" (%s): %s', (published, text, value) => {
    expect(dateDoc(text, published).dates.map((d) => d.value)).toEqual([value]);
  });
});
