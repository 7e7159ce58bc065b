import { describe, expect, it } from 'vitest';
import { cleanPoint, splitPoints } from '../../src/summarise/points.js';

describe('cleanPoint', () => {
  it.each([
    ['+1 team prep should be ongoing', 'Team prep should be ongoing'],
    ['Agree - continuous education is vital', 'Continuous education is vital'],
    ['Totally agree, compassion is key', 'Compassion is key'],
    ['Agreed with Sam: AI is useful', 'AI is useful'],
    ['yes!! we do that too', 'We do that too'],
    ['This group is a lifeline', 'This group is a lifeline'],
    ['  several\n lines   here ', 'Several lines here'],
    ['Agree!', 'Agree!'],
  ])('%j -> %j', (input, output) => {
    expect(cleanPoint(input)).toBe(output);
  });
});

describe('splitPoints', () => {
  it('splits a list into its items', () => {
    expect(splitPoints('Ideas from our trust:\n- insight days\n- closed links\n* team charters')).toEqual([
      'Ideas from our trust:',
      'Insight days',
      'Closed links',
      'Team charters',
    ]);
  });
  it('keeps prose with several lines as one point', () => {
    expect(splitPoints('We tried this last year.\nIt worked well for us.')).toEqual(['We tried this last year. It worked well for us.']);
  });
});
