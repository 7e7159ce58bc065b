import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { looksLikeName, teamsPaste } from '../../../src/ingest/parsers/teams-paste.js';

const parse = (lines: string[], date?: string) =>
  teamsPaste.parse(lines.join('\n'), date ? { file: 'paste.txt', date } : { file: 'paste.txt' });
const brief = (lines: string[], date?: string) =>
  parse(lines, date).messages.map((m) => ({ line: m.line, time: m.time, author: m.author, kind: m.kind, text: m.text, replyTo: m.replyTo }));

describe('teams-paste parser (new layout)', () => {
  it('reads name, date/time, blank, body; 12-hour times with NNBSP before pm', () => {
    expect(brief(['Robin Hart', '13/03/2026 2:02\u202Fpm', '', 'Welcome', 'second line'])).toEqual([
      { line: 1, time: '2026-03-13T14:02:00', author: 'Robin Hart', kind: 'message', text: 'Welcome\nsecond line', replyTo: undefined },
    ]);
  });

  it('reads own messages that have a time but no name', () => {
    const out = brief(['Sam Okafor', '13/03/2026 14:03', '', 'Hi', '13/03/2026 14:04', '', 'My own note']);
    expect(out.map((m) => [m.author, m.text])).toEqual([['Sam Okafor', 'Hi'], [undefined, 'My own note']]);
  });

  it('never takes the only line after a header for the next author, but a GIF-only message ends', () => {
    const out = brief(['Sam Okafor', '13/03/2026 14:03', '', 'Hi', '13/03/2026 14:04', '', 'Own note', 'Casey Quinn', '13/03/2026 14:05', '', '(GIF Image)', 'Robin Hart', '13/03/2026 14:06', '', 'Ha']);
    expect(out.map((m) => [m.author, m.text])).toEqual([['Sam Okafor', 'Hi'], [undefined, 'Own note'], ['Casey Quinn', ''], ['Robin Hart', 'Ha']]);
  });

  it('does not take a body line that starts with a time for a header', () => {
    const out = brief(['Sam Okafor', '13/03/2026 14:03', '', '14:30 works for me', '2:30 pm is too late']);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe('14:30 works for me\n2:30 pm is too late');
  });

  it('moves a Begin Reference block into replyTo, before or inside the reply', () => {
    const trailing = ['Robin Hart', '13/03/2026 14:02', '', 'Welcome all', '', 'Begin Reference, Welcome all by Robin Hart', 'Robin Hart', '13/03/2026 14:02', 'Welcome all', 'Sam Okafor', '13/03/2026 14:03', '', 'Agreed'];
    expect(brief(trailing).map((m) => [m.text, m.replyTo])).toEqual([['Welcome all', undefined], ['Agreed', 'Welcome all']]);
    const inside = ['Sam Okafor', '13/03/2026 14:03', '', 'Begin Reference, Welcome all by Robin Hart', 'Robin Hart', '13/03/2026 14:02', 'Welcome all', 'Agreed'];
    expect(brief(inside).map((m) => [m.text, m.replyTo])).toEqual([['Agreed', 'Welcome all']]);
  });

  it('makes reaction lines separate reaction messages and removes interface lines', () => {
    const out = brief(['Priya Nair', '13/03/2026 14:05', '', 'Resources: https://example.org/r', 'Url Preview for https://example.org/r', '(GIF Image)', '❤️', '1 Heart reaction.', '3 Like reactions.', 'Last read', 'Monday, March 9', 'Sam Okafor has context menu']);
    expect(out.map((m) => [m.line, m.kind, m.text, m.replyTo])).toEqual([
      [1, 'message', 'Resources: https://example.org/r', undefined],
      [7, 'reaction', '❤️ 1 Heart reaction.', 'paste.txt:1'],
      [9, 'reaction', '3 Like reactions.', 'paste.txt:1'],
    ]);
  });

  it('keeps a message that is only an emoji as a message', () => {
    expect(brief(['Sam Okafor', '13/03/2026 14:03', '', '🎉'])[0]).toMatchObject({ kind: 'message', text: '🎉' });
  });

  it('classifies meeting events as system messages', () => {
    const out = brief(['Meeting started', '13/03/2026 13:58', 'Jordan Lee (Guest) has been invited to the meeting', 'Robin Hart', '13/03/2026 14:02', '', 'Hi', 'Recording has started', 'Sam Okafor left the meeting', 'Meeting ended: 1h 58m 3s']);
    expect(out.map((m) => [m.kind, m.text, m.time])).toEqual([
      ['system', 'Meeting started', '2026-03-13T13:58:00'],
      ['system', 'Jordan Lee (Guest) has been invited to the meeting', undefined],
      ['message', 'Hi', '2026-03-13T14:02:00'],
      ['system', 'Recording has started', undefined],
      ['system', 'Sam Okafor left the meeting', undefined],
      ['system', 'Meeting ended: 1h 58m 3s', undefined],
    ]);
  });

  it('keeps an event-like first body line as the text of the message', () => {
    const out = brief(['Robin Hart', '13/03/2026 14:02', '', 'Sam left the meeting', 'Sam left the meeting']);
    expect(out.map((m) => [m.kind, m.text])).toEqual([['message', 'Sam left the meeting'], ['system', 'Sam left the meeting']]);
  });

  it('reads month-first dates when a day is over 12, and resolves Yesterday against --date', () => {
    expect(brief(['A B', '3/14/2026 10:02 AM', '', 'x'])[0]!.time).toBe('2026-03-14T10:02:00');
    const out = parse(['A B', 'Yesterday 16:40', '', 'x'], '2026-03-13');
    expect(out.messages[0]!.time).toBe('2026-03-12T16:40:00');
    expect(out.warnings[0]).toMatchObject({ line: 2, message: 'relative day "yesterday" resolved against 2026-03-13' });
  });

  it('sets the export date and start/end from the messages', () => {
    const out = parse(['A B', '13/03/2026 14:02', '', 'x', 'C D', '13/03/2026 15:40', '', 'y']);
    expect(out).toMatchObject({ format: 'teams-paste', platform: 'MS Teams', date: '2026-03-13', start: '14:02', end: '15:40' });
  });

  it('keeps the time of a stamp whose date is no calendar date, with one warning, and goes on', () => {
    const out = parse(['Robin Hart', '31/02/2026 2:02 pm', '', 'hi', 'Sam Okafor', '13/03/202 2:03 pm', '', 'typo', 'Sam Okafor', '13/03/2026 2:04 pm', '', 'ok']);
    expect(out.messages.map((m) => m.time)).toEqual(['14:02:00', '14:03:00', '2026-03-13T14:04:00']);
    expect(out.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'cannot read the date of this time stamp (not a calendar date); the time is kept without it'],
      [6, 'cannot read the date of this time stamp (not a calendar date); the time is kept without it'],
    ]);
  });

  it('throws when there is no header at all', () => {
    expect(() => parse(['just some text', 'more text'])).toThrow(InputError);
  });

  it('accepts real names that a "First Last" rule would drop', () => {
    for (const name of ["O'Neil", 'Nguyễn Thảo', 'Kim (Guest)', 'Hart, Robin (Outreach)', 'Casey Quinn (she/her)']) {
      expect(looksLikeName(name)).toBe(true);
    }
    expect(looksLikeName('Could we add peer supervision?')).toBe(false);
  });
});
