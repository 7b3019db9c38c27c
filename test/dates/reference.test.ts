import { dateDoc } from '../events/fixture';
import { toIsoDate } from '../../src/dates/reference';

describe('reference date', () => {
  it('prefers the --published option, then metadata', () => {
    expect(dateDoc('Clashes on Monday.', '2019-03-02', '2019-03-05').reference).toMatchObject({ value: '2019-03-05', source: 'option' });
    expect(dateDoc('Clashes on Monday.', '2019-03-02').reference).toMatchObject({ value: '2019-03-02', source: 'metadata' });
  });

  it('reads metadata in other date formats', () => {
    expect(toIsoDate('2019-03-02T08:00:00Z')).toBe('2019-03-02');
    expect(toIsoDate('March 2, 2019')).toBe('2019-03-02');
    expect(toIsoDate('Sat, 02 Mar 2019 10:00:00 GMT')).toBe('2019-03-02');
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });

  it('uses a date line at the top of the article', () => {
    const text = 'Monday, March 4, 2019\nMOGADISHU, Somalia (AP) - A car bomb exploded on Sunday near a checkpoint. In 2017 a truck bomb killed hundreds on April 9, 2017.';
    const doc = dateDoc(text);
    expect(doc.reference).toMatchObject({ value: '2019-03-04', source: 'dateline' });
    expect(doc.dates.find((d) => d.text.includes('Sunday'))?.value).toBe('2019-03-03');
  });

  it('uses an agency dateline sentence that carries the date', () => {
    const doc = dateDoc('MOGADISHU, Somalia, March 4, 2019 (AP) - Militants attacked a base on Sunday, police said.');
    expect(doc.reference).toMatchObject({ value: '2019-03-04', source: 'dateline' });
  });

  it('falls back to the latest full date in the text', () => {
    const text = 'Fighters have held the hill for weeks and attacked it on Tuesday, a spokesman said in a long statement that was read out to reporters.\nThe siege began on February 2, 2019 according to local sources who spoke to us.\nFood is short. Water is short.\nPosted March 19, 2019 by the desk.';
    expect(dateDoc(text).reference).toMatchObject({ value: '2019-03-19', source: 'latest_date' });
  });

  it('is null without any date, and relative dates stay unresolved', () => {
    const doc = dateDoc('Clashes erupted on Monday in the north of the country, residents said.');
    expect(doc.reference).toBeNull();
    expect(doc.dates[0]).toMatchObject({ value: null, precision: 'day' });
  });
});
