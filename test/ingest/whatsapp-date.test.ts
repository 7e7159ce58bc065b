import { describe, expect, it } from 'vitest';
import { inferDateOrder, orderFields, type DateFields } from '../../src/ingest/whatsapp-date.js';

const d = (s: string): DateFields => {
  const [a, b, c] = s.split('/');
  return { a: Number(a), b: Number(b), c: Number(c), yearFirst: a!.length === 4 };
};
const order = (...dates: string[]) => inferDateOrder(dates.map(d));

describe('inferDateOrder', () => {
  it('settles on the field that goes above 12, wherever it appears in the file', () => {
    expect(order('01/02/26', '05/02/26', '13/02/26')).toBe('dmy');
    expect(order('01/02/26', '02/05/26', '02/13/26')).toBe('mdy');
  });

  it('reads month-first from a field that goes down within a year, with no field above 12', () => {
    // 5 Jan, 9 Jan, 1 Feb: the second field drops from 9 to 1, so it is the day. A "greater than 12
    // or else day-first" rule (chat-miner) reads these as 1 May, 1 September, 2 January.
    expect(order('1/5/26', '1/9/26', '2/1/26')).toBe('mdy');
    expect(order('5/1/26', '9/1/26', '1/2/26')).toBe('dmy');
  });

  it('falls back to which field changes more often, then to day-first', () => {
    expect(order('3/1/26', '3/2/26', '3/3/26', '3/4/26')).toBe('mdy');
    expect(order('1/3/26', '2/3/26', '3/3/26', '4/3/26')).toBe('dmy');
    expect(order('02/04/26')).toBe('dmy');
    expect(inferDateOrder([d('02/04/26')], 'mdy')).toBe('mdy');
  });

  it('reads four-digit first fields as year-first, and two-digit years as 20xx', () => {
    expect(order('2026/03/13', '2026/03/14')).toBe('ymd');
    expect(orderFields(d('2026/03/13'), 'ymd')).toEqual({ year: 2026, month: 3, day: 13 });
    expect(orderFields(d('3/13/26'), 'mdy')).toEqual({ year: 2026, month: 3, day: 13 });
    expect(orderFields(d('26/03/13'), 'ymd')).toEqual({ year: 2026, month: 3, day: 13 });
  });
});
