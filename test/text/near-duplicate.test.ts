import { describe, expect, it } from 'vitest';
import { clusterTexts, findDuplicates } from '../../src/text/near-duplicate.js';
import { sameMeaning, signatureOf, withinOneEdit } from '../../src/text/signature.js';

const same = (a: string, b: string) => sameMeaning(signatureOf(a), signatureOf(b));

describe('sameMeaning', () => {
  it.each([
    ['Team prep should be ongoing due to staff turnover.', 'team prep should be ongoing due to staff turnover'],
    ['Team prep should be ongoing due to staff turnover.', 'Agree - team prep should be ongoing due to staff turnover!! 👍'],
    ['Continuous education is vital due to high turnover.', '+1 continuous education is really vital due to high turnover'],
    ['Emails from TRAC are unwelcoming and confusing.', 'Emails from TRAC are so unwelcoming and confusing 😬'],
    ['Clinical teams often act independently, not consulting peer support teams.', 'Clinical teams often act independantly, not consulting peer support teams'],
    ['We share interview questions 24 hours before', 'I share interview questions 24 hours before the interview'],
  ])('merges %j with %j', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['Only one PSW supervisor for 11 PSWs.', 'We have only one PSW supervisor for 3 PSWs.'],
    ['The group should continue.', 'The group should not continue.'],
    ["Peer roles should be Band 4.", "Peer roles shouldn't be Band 4."],
    ['Supervisor roles are Band 6.', 'Supervisor roles are Band 5.'],
    ['Peer roles need continuous support and education.', 'Peer roles need continuous support and funding.'],
    ['Compassion is key.', 'Consistency is key.'],
    ['thanks', 'thanks'.replace('thanks', '')],
  ])('keeps %j and %j apart', (a, b) => {
    expect(same(a, b)).toBe(false);
  });
});

describe('withinOneEdit', () => {
  it('accepts one insert, delete, substitution or swap and nothing more', () => {
    expect(withinOneEdit('independent', 'independant')).toBe(true);
    expect(withinOneEdit('recruit', 'recriut')).toBe(true);
    expect(withinOneEdit('recruit', 'recruits')).toBe(true);
    expect(withinOneEdit('recruit', 'ecruit')).toBe(true);
    expect(withinOneEdit('recruit', 'rceruti')).toBe(false);
    expect(withinOneEdit('band', 'bands!!')).toBe(false);
  });

  it('agrees with the edit distance on every pair of short words over a small alphabet', () => {
    // Damerau (adjacent swap) distance by dynamic programming: the definition, not a shortcut.
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const words: string[] = [''];
    for (let n = 1; n <= 4; n++) for (let k = 0; k < 3 ** n; k++) words.push(Array.from({ length: n }, (_, p) => 'abc'[Math.floor(k / 3 ** p) % 3]).join(''));
    for (const a of words) for (const b of words) expect(withinOneEdit(a, b), `${a}/${b}`).toBe(distance(a, b) <= 1);
  });
});

describe('clusterTexts', () => {
  it('groups repeats in order, keeps the fullest wording and never merges across numbers', () => {
    const texts = [
      'Team prep should be ongoing due to staff turnover.',
      'Only one PSW supervisor for 11 PSWs.',
      'Agree - team prep should be ongoing due to staff turnover',
      'We have only one PSW supervisor for 3 PSWs.',
      'Team prep should really be ongoing due to high staff turnover',
    ];
    const clusters = clusterTexts(texts);
    expect(clusters.map((c) => c.members)).toEqual([[0, 2, 4], [1], [3]]);
    expect(clusters[0]!.fullest).toBe(4);
    expect(findDuplicates(texts)).toEqual([{ index: 2, of: 0 }, { index: 4, of: 0 }]);
  });

  it('finds a repeat among many unrelated texts without comparing all pairs', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `topic ${i} word${i} alpha${i % 97} beta${i % 89}`);
    texts.push('topic 42 word42 alpha42 beta42');
    const dupes = findDuplicates(texts);
    expect(dupes).toEqual([{ index: 5000, of: 42 }]);
  });
});

describe('links in points', () => {
  it('keeps messages that share different links apart, and merges the same link', () => {
    expect(same('https://example.org/a', 'https://example.org/b')).toBe(false);
    expect(same('Slides: https://example.org/a', 'slides https://example.org/a')).toBe(true);
    expect(same("Here's the reflection tool: https://example.org/tool", 'There is also a whiteboard version of the reflection tool')).toBe(false);
  });
});

describe('sortSmall', () => {
  it('orders like Array.prototype.sort, stably', async () => {
    const { sortSmall } = await import('../../src/text/signature.js');
    let seed = 5;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 500; n++) {
      const words = Array.from({ length: Math.floor(next() * 12) }, () => ['peer', 'rota', 'band', 'Band', 'zeta', 'é', 'a', ''][Math.floor(next() * 8)]!);
      expect(sortSmall([...words], (a, b) => a < b)).toEqual([...words].sort());
      const pairs = words.map((w, i) => ({ w, i }));
      expect(sortSmall([...pairs], (a, b) => a.w.length < b.w.length)).toEqual([...pairs].sort((a, b) => a.w.length - b.w.length));
    }
  });
});
