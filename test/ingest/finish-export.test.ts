import { describe, expect, it } from 'vitest';
import { finishExport, message } from '../../src/ingest/text.js';

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
