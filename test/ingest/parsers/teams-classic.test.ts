import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { teamsClassic } from '../../../src/ingest/parsers/teams-classic.js';

const parse = (lines: string[], date?: string) =>
  teamsClassic.parse(lines.join('\n'), date ? { file: 'c.txt', date } : { file: 'c.txt' });

describe('teams-classic parser', () => {
  it('reads [time] Name blocks; times get the --date', () => {
    const out = parse(['[10:02] Robin Hart', 'Welcome everyone', '', '[10:03] Sam Okafor', 'Morning'], '2026-03-13');
    expect(out.messages.map((m) => [m.line, m.time, m.author, m.text])).toEqual([
      [1, '2026-03-13T10:02:00', 'Robin Hart', 'Welcome everyone'],
      [4, '2026-03-13T10:03:00', 'Sam Okafor', 'Morning'],
    ]);
    expect(out).toMatchObject({ date: '2026-03-13', start: '10:02', end: '10:03' });
  });

  it('keeps a [time] line inside a block as text', () => {
    const out = parse(['[10:03] Sam Okafor', 'Morning', '[10:30] is when I leave']);
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]!.text).toBe('Morning\n[10:30] is when I leave');
  });

  it('turns a reaction suffix line into a reaction on the message above', () => {
    const out = parse(['[10:03] Sam Okafor', 'Morning from Leeds', ' like 2 heart 1']);
    expect(out.messages.map((m) => [m.kind, m.text, m.replyTo])).toEqual([
      ['message', 'Morning from Leeds', undefined],
      ['reaction', 'like 2 heart 1', 'c.txt:1'],
    ]);
  });

  it('resolves Yesterday, weekdays and m/d dates against --date', () => {
    const out = parse(['[Yesterday 4:40 PM] A', 'x', '', '[Monday 9:00] B', 'y', '', '[3/14 10:02 AM] C', 'z'], '2026-03-16');
    expect(out.messages.map((m) => m.time)).toEqual(['2026-03-15T16:40:00', '2026-03-16T09:00:00', '2026-03-14T10:02:00']);
  });

  it('without a date keeps the clock time and warns about relative days', () => {
    const out = parse(['[Yesterday 16:40] A', 'x']);
    expect(out.messages[0]!.time).toBe('16:40:00');
    expect(out.warnings.map((w) => w.message)).toEqual(['relative day "yesterday" left unresolved; pass --date']);
  });

  it('throws when there is no [time] Name line', () => {
    expect(() => parse(['Robin Hart', '13/03/2026 14:02', '', 'hi'])).toThrow(InputError);
  });
});
