// The generic CSV parser's per-row shortcuts against what they stand for, on seeded values.
import { describe, expect, it } from 'vitest';
import { DayFirstVote, inferDayFirst } from '../../src/ingest/columns.js';
import { readEasyRow } from '../../src/ingest/csv-row.js';
import { rng } from './seeded.js';

describe('DayFirstVote', () => {
  it('votes as inferDayFirst does over the same values, ISO ones skipped without the regex', () => {
    const { next, pick } = rng(8);
    const values = ['2026-03-13 14:00:03', '13/03/2026 14:02', '03/13/2026', '3.4.26', '1-2-2026 2:00 pm', '25/12/2026', '12/25/2026', '7/8/2026', '2026/03/13', '1773410760', '46094.5', '14:02', 'x', ''];
    const chars = ['0', '1', '3', '9', '/', '.', '-', ' ', ':'];
    for (let k = 0; k < 3000; k++) {
      const list = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
        const v = pick(values);
        return next() < 0.3 ? [...v].map((c) => (next() < 0.15 ? pick(chars) : c)).join('') : v;
      });
      const vote = new DayFirstVote();
      for (const v of list) vote.add(v);
      expect(vote.dayFirst(), JSON.stringify(list)).toBe(inferDayFirst(list));
    }
  });
});

describe('readEasyRow', () => {
  it('fills the caller\'s array from index 0 and says how many fields; -1 for rows it leaves to csv-parse', () => {
    const row = ['stale', 'stale', 'stale', 'stale'];
    expect(readEasyRow('a,"b ""q""",c', 44, row)).toBe(3);
    expect(row.slice(0, 3)).toEqual(['a', 'b "q"', 'c']);
    expect(readEasyRow('x;y', 59, row)).toBe(2);
    expect(row.slice(0, 2)).toEqual(['x', 'y']);
    expect(readEasyRow('"open,b', 44, row)).toBe(-1);
    expect(readEasyRow('"a"b,c', 44, row)).toBe(-1);
    expect(readEasyRow('', 44, row)).toBe(1);
    expect(row[0]).toBe('');
  });
});
