import { findCounts, mergeCounts } from '../../src/counts';
import { docFor } from './helpers';

const merged = (text: string) => mergeCounts(findCounts(docFor(text)));

test('separate clauses naming distinct groups in one sentence are summed', () => {
  expect(merged('Two soldiers were killed and three civilians died in the crossfire.').killed)
    .toMatchObject({ value: 5, breakdown: { soldiers: 2, civilians: 3 }, rule: 'killed.sum' });
});

test('the same figure repeated counts once', () => {
  expect(merged('Four soldiers were killed. The army said four soldiers were killed.').killed?.value).toBe(4);
});

test('an exact figure beats a vague one; a much smaller exact one is a part of it', () => {
  expect(merged('Gunmen wounded dozens. Doctors said 45 were wounded.').injured?.value).toBe(45);
  expect(merged('Hundreds were wounded. A policeman was wounded near the gate.').injured?.value).toBe(200);
});

test('subsets are not added but kept in the breakdown', () => {
  const m = merged('The blast killed 12 people, including six children.');
  expect(m.killed).toMatchObject({ value: 12, breakdown: { children: 6 } });
});

test('a stated zero yields to a figure', () => {
  expect(merged('A guard was wounded. No one else was hurt.').injured?.value).toBe(1);
});

test('a period total is used only when the incident has no figure of its own', () => {
  expect(merged('Five soldiers were killed on Monday. In the past week, 40 soldiers were killed.').killed?.value).toBe(5);
  expect(merged('In the past week, 40 soldiers were killed.').killed).toMatchObject({ value: 40, cumulative: true });
});

test('"shot" counts the hit; the dead of the same incident are not injured too', () => {
  expect(merged('A man was shot on Friday. He died in hospital.').injured).toBeUndefined();
  expect(merged('Three people were shot, one fatally.').injured?.value).toBe(2);
});

test('a later figure of other people marked "also" is added; of the same people it is not', () => {
  expect(merged('Six guards were killed in the raid, the governor said. He said nine of the attackers were also killed.').killed)
    .toMatchObject({ value: 15, breakdown: { attackers: 9 }, rule: 'killed.sum' });
  expect(merged('Three soldiers were killed. Two soldiers were also killed near the bridge.').killed?.value).toBe(3);
  expect(merged('Two civilians were also killed, police said.').killed?.value).toBe(2);
});
