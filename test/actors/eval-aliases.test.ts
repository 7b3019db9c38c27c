/** The evaluation's alias table (src/eval/actor-aliases.json) agrees with our canonical names. */
import { actorsMatch } from '../../src/eval';

const same: [string, string][] = [
  ['Boko Haram', "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"],
  ['M23', 'March 23 Movement'],
  ['Gulf Clan', 'Clan del Golfo'],
  ['Abu Sayyaf', 'Abu Sayyaf Group'],
  ['JNIM', 'Group for the Support of Islam and Muslims'],
  ['JNIM', 'Jamaat Nusrat al-Islam wal-Muslimin'],
];
const different: [string, string][] = [
  ['FARC Dissidents', 'Revolutionary Armed Forces of Colombia'],
  ['FARC Dissidents', 'FARC'],
  ['Boko Haram', 'Islamic State West Africa Province'],
];

test.each(same)('%s = %s', (a, b) => {
  expect([actorsMatch(a, b), actorsMatch(b, a)]).toEqual([true, true]);
});

test.each(different)('%s != %s', (a, b) => {
  expect([actorsMatch(a, b), actorsMatch(b, a)]).toEqual([false, false]);
});
