import { describe, expect, it } from 'vitest';
import { chatMessage, finishExport, message } from '../../src/ingest/text.js';
import { timeRuns } from '../../src/ingest/time-runs.js';
import { rng } from './seeded.js';

const at = (...times: (string | undefined)[]) => times.map((time, i) => message('chat.txt', i + 1, { time, author: 'Sam Lee', text: `point ${i}` }));
const span = (date: string | undefined, ...times: (string | undefined)[]) => {
  const { start, end } = finishExport({ format: 'test', date }, at(...times), []);
  return [start, end];
};

describe('finishExport start and end', () => {
  it('spans the timed messages of the meeting day and after, not those dated before it', () => {
    expect(span('2026-03-13', '2026-03-12T23:50:00', '2026-03-13T14:02:00', undefined, '2026-03-13T15:40:00', '2026-03-11T09:00:00')).toEqual(['14:02', '15:40']);
    // Past midnight still counts: the meeting ran on.
    expect(span('2026-03-13', '2026-03-13T23:55:00', '2026-03-14T00:10:00')).toEqual(['23:55', '00:10']);
    // A later month or year with a smaller day is still later.
    expect(span('2026-03-13', '2026-02-28T10:00:00', '2026-04-01T10:30:00', '2027-01-01T11:00:00')).toEqual(['10:30', '11:00']);
  });

  it('counts clock-only times and undated strings, whatever the date', () => {
    expect(span('2026-03-13', '14:00:05', 'yesterday 9am', '2026-03-13T14:30:00')).toEqual(['14:00', '14:30']);
    expect(span(undefined, '2026-03-12T10:00:00', '2026-03-13T11:00:00')).toEqual(['10:00', '11:00']);
  });

  it('has no start or end without a timed message', () => {
    expect(finishExport({ format: 'test', date: '2026-03-13' }, at(undefined, '2026-03-12T10:00:00'), [])).not.toHaveProperty('start');
    expect(finishExport({ format: 'test', offsets: true }, at('00:00:05'), [])).not.toHaveProperty('end');
  });
});

describe('finishExport dateFromTimes', () => {
  const dateOf = (...times: (string | undefined)[]) => finishExport({ format: 'test', dateFromTimes: true }, at(...times), []).date;

  it('takes the date most messages carry, counted across runs that come back', () => {
    expect(dateOf('2026-03-12T23:50:00', '2026-03-13T14:00:00', '2026-03-13T14:01:00', '2026-03-12T23:59:00', '2026-03-12T23:58:00', '2026-03-13T14:05:00', '2026-03-13T14:06:00')).toBe('2026-03-13');
    // Untimed and undated messages neither count nor split a run.
    expect(dateOf('2026-03-14T09:00:00', undefined, '14:00:00', '2026-03-14T09:01:00', '2026-03-13T10:00:00')).toBe('2026-03-14');
  });

  it('prefers the later date on a tie, and has none without a dated time', () => {
    expect(dateOf('2026-03-14T09:00:00', '2026-03-13T10:00:00')).toBe('2026-03-14');
    expect(dateOf('2026-03-13T10:00:00', '2026-03-14T09:00:00')).toBe('2026-03-14');
    expect(dateOf('14:00:00', undefined)).toBeUndefined();
  });

  it('never takes a date no calendar has, however many messages carry it', () => {
    expect(dateOf('2026-03-73T14:00:00', '2026-03-73T14:01:00', '2026-03-13T14:02:00')).toBe('2026-03-13');
    expect(dateOf('2026-02-31T14:00:00', '0026-03-13T14:00:00')).toBeUndefined();
  });

  it('spans from the date it found, and keeps a date it was given', () => {
    const found = finishExport({ format: 'test', dateFromTimes: true }, at('2026-03-12T23:50:00', '2026-03-13T14:02:00', '2026-03-13T15:10:00', '2026-03-13T15:40:00'), []);
    expect([found.date, found.start, found.end]).toEqual(['2026-03-13', '14:02', '15:40']);
    const given = finishExport({ format: 'test', date: '2026-03-12', dateFromTimes: true }, at('2026-03-12T23:50:00', '2026-03-13T14:02:00', '2026-03-13T15:40:00'), []);
    expect([given.date, given.start, given.end]).toEqual(['2026-03-12', '23:50', '15:40']);
  });
});

describe('chatMessage', () => {
  it('makes what message makes, keys in the same order, for every mix of missing parts', () => {
    for (const time of ['14:02:00', '', undefined])
      for (const author of ['Sam Lee', '', undefined])
        for (const to of ['everyone', 'direct', undefined] as const) {
          const made = chatMessage('chat.txt', 7, time, author, 'hello', to);
          const expected = message('chat.txt', 7, { time, author, text: 'hello', to });
          expect(made, JSON.stringify([time, author, to])).toEqual(expected);
          expect(Object.keys(made)).toEqual(Object.keys(expected));
        }
  });
});

describe('timeRuns', () => {
  it('groups neighbours by date as a plain date comparison does, repeated times included', () => {
    const { next, pick } = rng(12);
    const times = ['2026-03-13T14:02:00', '2026-03-13T14:03:00', '2026-03-14T00:01:00', '14:05:00', '00:00:07', undefined];
    for (let k = 0; k < 300; k++) {
      // Runs of the very same string, as interned times give them.
      const list: (string | undefined)[] = [];
      while (list.length < 40) {
        const t = pick(times);
        for (let n = 1 + Math.floor(next() * 4); n > 0; n--) list.push(t);
      }
      const expected: { date: string | undefined; first: string; last: string; count: number }[] = [];
      for (const t of list) {
        if (t === undefined) continue;
        const date = /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : undefined;
        const run = expected.at(-1);
        if (run && run.date === date) {
          run.last = t;
          run.count++;
        } else expected.push({ date, first: t, last: t, count: 1 });
      }
      expect(timeRuns(at(...list))).toEqual(expected);
    }
  });
});
