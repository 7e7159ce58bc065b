import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { zoom } from '../../../src/ingest/parsers/zoom.js';

const src = { file: 'chat.txt' };
const parse = (text: string, date?: string) => zoom.parse(text, date ? { ...src, date } : src);
const pick = (text: string, date?: string) =>
  parse(text, date).messages.map(({ time, author, to, kind, text: t, replyTo }) => ({ time, author, to, kind, text: t, replyTo }));

describe('zoom parser', () => {
  it('reads Z1 public and private lines, trimming double-spaced names', () => {
    const out = pick('10:01:05\t From  Robin Hart : Welcome\n10:02:12\t From  Jordan Lee  to  Robin Hart(Privately) : late\n');
    expect(out).toEqual([
      { time: '10:01:05', author: 'Robin Hart', to: 'everyone', kind: 'message', text: 'Welcome', replyTo: undefined },
      { time: '10:02:12', author: 'Jordan Lee', to: 'direct', kind: 'message', text: 'late', replyTo: undefined },
    ]);
  });

  it('keeps a bare continuation line that starts with a time in the message (not a header)', () => {
    const out = pick('10:01:40\t From  Sam Okafor : Morning!\n10:30:00 works for me\n10:02:00\t From  Robin Hart : ok\n');
    expect(out.map((m) => m.text)).toEqual(['Morning!\n10:30:00 works for me', 'ok']);
  });

  it('reads a Z3 header whose line starts with an LRM (\\s does not match U+200E)', () => {
    const out = pick('\u200E14:02:11 From Robin Hart to Everyone:\n\tHi\n');
    expect(out).toEqual([{ time: '14:02:11', author: 'Robin Hart', to: 'everyone', kind: 'message', text: 'Hi', replyTo: undefined }]);
  });

  it('keeps " to " inside a sender name by anchoring on Everyone and on known senders', () => {
    const text = [
      '14:07:05 From Back to Work Team to Everyone:',
      '\tHello',
      '14:09:00 From Back to Work Team to Robin Hart(Direct Message):',
      '\tThanks',
    ].join('\n');
    expect(pick(text).map((m) => [m.author, m.to])).toEqual([
      ['Back to Work Team', 'everyone'],
      ['Back to Work Team', 'direct'],
    ]);
  });

  it('splits a private Z1 line on the double-spaced " to ", and warns when nothing settles it', () => {
    expect(pick('10:02:12\t From  Back to Work  to  Robin Hart(Privately) : hi\n')[0]).toMatchObject({ author: 'Back to Work', to: 'direct' });
    const out = parse('14:09:00 From Back to Work to Robin Hart(Direct Message):\n\thi\n');
    expect(out.messages[0]).toMatchObject({ author: 'Back', to: 'direct' });
    expect(out.warnings[0]).toMatchObject({ line: 1, message: 'cannot tell sender from recipient in "Back to Work to Robin Hart(Direct Message)"; took "Back"' });
  });

  it('turns Reacted to / Removed a reaction into reactions that point at the snippet', () => {
    const text = [
      '14:04:02 From Jordan Lee to Everyone:',
      '\tReacted to "Welcome to the "peer" space..." with 👍🏽',
      '14:06:30 From Jordan Lee to Everyone:',
      '\tRemoved a 👍🏽 reaction from "Welcome to the "peer" space..."',
    ].join('\n');
    const [a, b] = pick(text);
    expect(a).toMatchObject({ kind: 'reaction', replyTo: 'Welcome to the "peer" space...' });
    expect(b).toMatchObject({ kind: 'reaction', replyTo: 'Welcome to the "peer" space...' });
  });

  it('reads replies on the next lines and on the same line', () => {
    const text = [
      '14:05:17 From Priya Nair to Everyone:',
      '\tReplying to "Welcome all! Agenda..."',
      '\t',
      '\tCould we add peer supervision?',
      '14:05:40 From Sam Okafor to Everyone:',
      '\tReplying to "Good morning folks" Hi John',
    ].join('\n');
    expect(pick(text).map((m) => [m.text, m.replyTo])).toEqual([
      ['Could we add peer supervision?', 'Welcome all! Agenda...'],
      ['Hi John', 'Good morning folks'],
    ]);
  });

  it('adds a day after midnight when the date is known, and warns when it is not', () => {
    const text = '23:59:50 From A to Everyone:\n\tx\n00:00:15 From B to Everyone:\n\ty\n';
    expect(pick(text, '2026-03-13').map((m) => m.time)).toEqual(['2026-03-13T23:59:50', '2026-03-14T00:00:15']);
    const undated = parse(text);
    expect(undated.messages.map((m) => m.time)).toEqual(['23:59:50', '00:00:15']);
    expect(undated.warnings).toHaveLength(1);
    expect(undated.warnings[0]!.message).toMatch(/crosses midnight/);
  });

  it('reads German keywords in both layouts', () => {
    const text = '10:00:12\t Von  Robin Hart  an  Alle : Hallo\n10:01:00 Von Sam Okafor an Robin Hart(Direktnachricht):\n\tPrivat\n';
    expect(pick(text).map((m) => [m.author, m.to, m.text])).toEqual([
      ['Robin Hart', 'everyone', 'Hallo'],
      ['Sam Okafor', 'direct', 'Privat'],
    ]);
  });

  it('warns about lines before the first message instead of throwing', () => {
    const out = parse('Saved chat\n10:01:05\t From  Robin Hart : Welcome\n');
    expect(out.warnings).toEqual([{ file: 'chat.txt', line: 1, severity: 'warning', message: 'line before the first Zoom message; skipped' }]);
    expect(out.messages[0]!.line).toBe(2);
  });

  it('throws an InputError when the text is not a Zoom chat at all', () => {
    expect(() => parse('timestamp,author,message\n2026-03-13,Robin,hi\n')).toThrow(InputError);
  });

  it('scores Zoom text high and other text zero', () => {
    expect(zoom.detect('14:02:11 From A to Everyone:\n\tx\n14:03:11 From B to Everyone:\n\ty\n', 'meeting_saved_chat.txt')).toBeGreaterThanOrEqual(0.8);
    expect(zoom.detect('[10:02] Robin Hart\nWelcome\n', 'x.txt')).toBe(0);
  });

  it('reads a private marker in any case as private, so the message stays out of the overview', () => {
    const text = '14:04:30 From Jordan Lee to Robin Hart(direct message):\n\tI have to leave at 3\n14:04:40\t From  Priya Nair  to  Robin Hart(PRIVATELY) : me too\n';
    expect(pick(text).map((m) => [m.author, m.to])).toEqual([
      ['Jordan Lee', 'direct'],
      ['Priya Nair', 'direct'],
    ]);
  });
});
