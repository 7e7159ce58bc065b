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

describe('cleanPoint against the original case-insensitive Unicode opener pattern', () => {
  const OPENER = /^(?:\s*(?:\+\d+|(?:totally |completely |strongly |i )?agreed?(?: with [\p{Lu}][\p{L}'’-]*)?|yes|yeah|same|exactly|absolutely)(?:\s*[,:;.!–—-]+\s*|\s+(?=[\p{L}\p{N}]))|\s*\+\d+\s*)+/iu;
  const reference = (text: string): string => {
    const flat = text.replace(/\s+/g, ' ').trim();
    const stripped = flat.replace(OPENER, '');
    const s = stripped.length > 0 ? stripped : flat;
    return /^https?:/i.test(s) ? s : s.charAt(0).toUpperCase() + s.slice(1);
  };
  const pieces = ['Agree', 'AGREED', 'totally ', 'I ', 'agree', ' with ', 'Sam', 'sam', 'Élodie', "O'Neil", '+1', ' ', ', ', ' - ', '!', 'yes', 'Yeah', 'SAME', 'exactly', 'the rota', 'band 4', '–', '👍', 'ü', '3'];
  it('strips the same openers from simple and accented text alike', () => {
    let seed = 21;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(cleanPoint(text), text).toBe(reference(text));
    }
  });
});
