import { describe, expect, it } from 'vitest';
import { mapFields, normaliseTime, rawTime } from '../../src/ingest/columns.js';

describe('mapFields', () => {
  it('matches synonyms ignoring case, spaces, underscores and a BOM', () => {
    const names = ['\uFEFFCreated_At', 'Display Name', 'BODY', 'Reply To'];
    expect(mapFields(names, (n) => n)).toEqual({ time: '\uFEFFCreated_At', author: 'Display Name', text: 'BODY', replyTo: 'Reply To' });
  });
});

describe('normaliseTime', () => {
  it('keeps ISO, adding seconds and a T', () => {
    expect(normaliseTime('2026-03-13 9:05', true)).toBe('2026-03-13T09:05:00');
    expect(normaliseTime('2026-03-13T09:05:07+01:00', true)).toBe('2026-03-13T09:05:07+01:00');
    expect(normaliseTime('2026-03-13', true)).toBe('2026-03-13');
  });

  it('reads numeric dates by the column order, and rejects impossible ones', () => {
    expect(normaliseTime('03/04/26 14:02', true)).toBe('2026-04-03T14:02:00');
    expect(normaliseTime('03/04/26 2:02 PM', false)).toBe('2026-03-04T14:02:00');
    expect(normaliseTime('31/02/2026 10:00', true)).toBeUndefined();
    expect(normaliseTime('13/03/2026 25:00', true)).toBeUndefined();
    expect(normaliseTime('2026-03-73T14:00:00', true)).toBeUndefined();
    expect(normaliseTime('2026-02-29 14:00:00', true)).toBeUndefined();
    expect(normaliseTime('2024-02-29 14:00:00', true)).toBe('2024-02-29T14:00:00');
    expect(normaliseTime('0026-03-13T14:00:00Z', true)).toBeUndefined();
    expect(normaliseTime('2026-03-13T14:00:00+25:00', true)).toBeUndefined();
  });

  it('reads Unix seconds and milliseconds as UTC, Excel serials as local time', () => {
    expect(normaliseTime('1773410760', true)).toBe('2026-03-13T14:06:00Z');
    expect(normaliseTime('1773410760000', true)).toBe('2026-03-13T14:06:00Z');
    expect(normaliseTime('46094.75', true)).toBe('2026-03-13T18:00:00');
  });

  it('reads nothing from what is no time, for the caller to keep as written', () => {
    expect(normaliseTime('after lunch', true)).toBeUndefined();
    expect(normaliseTime('75:00', true)).toBeUndefined();
  });
});

describe('rawTime', () => {
  it('joins separate date and time columns', () => {
    expect(rawTime({ date: '13/03/2026', clock: '14:02' })).toBe('13/03/2026 14:02');
    expect(rawTime({ time: ' 2026-03-13T14:02 ', date: 'x' })).toBe('2026-03-13T14:02');
    expect(rawTime({})).toBeUndefined();
  });
});
