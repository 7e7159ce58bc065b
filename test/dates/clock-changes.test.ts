/**
 * Sessions on the days the clocks change: a time the clocks skip, and the text, --json and --ics all saying the same thing about them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sessionsJson, sessionText } from '../../src/dates/format.js';
import { renderIcs } from '../../src/dates/ics.js';
import { toSessions } from '../../src/dates/sessions.js';
import { updateBlock } from '../../src/dates/update-block.js';
import { runCli, tempDir } from './helpers.js';

const springDay = { year: 2026, month: 3, day: 29 }; // London skips 01:00-02:00 GMT
const t = (text: string) => ({ h: Number(text.slice(0, 2)), m: Number(text.slice(3)) });
const icsEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const utcRange = (e: ICAL.Event) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()];

describe('a start the clocks skip', () => {
  it('moves the whole session later by the gap, so it keeps its length, and the text says so', () => {
    const warnings: string[] = [];
    const [s] = toSessions([springDay], t('01:30'), t('02:30'), 'Europe/London', (m) => warnings.push(m));
    expect(sessionsJson([s!])).toEqual([
      { date: '2026-03-29', start: '2026-03-29T02:30:00+01:00', end: '2026-03-29T03:30:00+01:00', text: 'Sunday 29 March 2026, 2:30am – 3:30am' },
    ]);
    expect(warnings).toEqual(['2026-03-29: 01:30 does not exist in Europe/London that day (clocks go forward); the session is at 02:30 – 03:30 instead']);
  });

  it('keeps the planned length when only the start is skipped (1:30am – 3am is held 2:30am – 4am)', () => {
    const [s] = toSessions([springDay], t('01:30'), t('03:00'), 'Europe/London');
    expect(s!.endAt.diff(s!.startAt, 'minutes').minutes).toBe(90);
    expect(sessionText(s!)).toBe('Sunday 29 March 2026, 2:30am – 4am');
  });

  it('never ends before it starts when the end is just after the gap (1:30am – 2:15am)', () => {
    const [s] = toSessions([springDay], t('01:30'), t('02:15'), 'Europe/London');
    expect([s!.startAt.toISO(), s!.endAt.toISO()]).toEqual(['2026-03-29T02:30:00.000+01:00', '2026-03-29T03:15:00.000+01:00']);
  });

  it('moves only a skipped end, which keeps the length too (12:30am – 1:30am is an hour ending 2:30am BST)', () => {
    const warnings: string[] = [];
    const [s] = toSessions([springDay], t('00:30'), t('01:30'), 'Europe/London', (m) => warnings.push(m));
    expect(sessionsJson([s!])[0]).toEqual({ date: '2026-03-29', start: '2026-03-29T00:30:00+00:00', end: '2026-03-29T02:30:00+01:00', text: 'Sunday 29 March 2026, 12:30am – 2:30am' });
    expect(warnings[0]).toMatch(/01:30 does not exist .*the session is at 00:30 – 02:30 instead$/);
  });

  it('moves a late session into the next day where the gap is just before midnight (America/Nuuk skips 11pm)', () => {
    const saturday = { year: 2026, month: 3, day: 28 };
    const warnings: string[] = [];
    const [late] = toSessions([saturday], t('23:15'), t('23:45'), 'America/Nuuk', (m) => warnings.push(m));
    expect(sessionsJson([late!])[0]).toEqual({ date: '2026-03-29', start: '2026-03-29T00:15:00-01:00', end: '2026-03-29T00:45:00-01:00', text: 'Sunday 29 March 2026, 12:15am – 12:45am' });
    expect(warnings[0]).toBe('2026-03-28: 23:15 and 23:45 do not exist in America/Nuuk that day (clocks go forward); the session is at 00:15 – 00:45 on 2026-03-29 instead');
    const [across] = toSessions([saturday], t('22:30'), t('23:30'), 'America/Nuuk');
    expect(sessionText(across!)).toBe('Saturday 28 March 2026, 10:30pm – 12:30am (next day)');
    // --update finds such a list again, so a second run changes nothing.
    const once = updateBlock('# Notes\n', { texts: [sessionText(across!)], file: 'o.md' });
    const list = once.text.replace(/<!--.*?-->/g, '');
    expect(updateBlock(list, { texts: [sessionText(across!)], file: 'o.md' }).action).toBe('dates-list');
    expect(updateBlock(list, { texts: [sessionText(across!)], file: 'o.md' }).text).toBe(list);
  });
});

describe('chatnotes dates on the days the clocks change', () => {
  const args = (time: string, from: string) => ['dates', '--start', from, '--every', '1w', '--count', '2', '--time', time, '--tz', 'Europe/London'];

  it('prints, lists as JSON and writes to the calendar the same moved session, with one warning', async () => {
    const text = await runCli(args('01:30-02:30', '2026-03-29'));
    expect(text.stdout).toBe('- Sunday 29 March 2026, 2:30am – 3:30am\n- Sunday 5 April 2026, 1:30am – 2:30am\n');
    expect(text.stderr).toBe('chatnotes: 2026-03-29: 01:30 does not exist in Europe/London that day (clocks go forward); the session is at 02:30 – 03:30 instead\n');
    const json = JSON.parse((await runCli([...args('01:30-02:30', '2026-03-29'), '--json'])).stdout) as { start: string; end: string; text: string }[];
    expect(json.map((s) => [s.start, s.end])).toEqual([
      ['2026-03-29T02:30:00+01:00', '2026-03-29T03:30:00+01:00'],
      ['2026-04-05T01:30:00+01:00', '2026-04-05T02:30:00+01:00'],
    ]);
    const dir = tempDir();
    await runCli([...args('01:30-02:30', '2026-03-29'), '--ics', 's.ics'], dir);
    expect(icsEvents(readFileSync(join(dir, 's.ics'), 'utf8')).map(utcRange)).toEqual([
      ['2026-03-29T01:30:00.000Z', '2026-03-29T02:30:00.000Z'],
      ['2026-04-05T00:30:00.000Z', '2026-04-05T01:30:00.000Z'],
    ]);
  });

});

describe('every zone, on every day its clocks change in 2026', () => {
  // Each change found by its offset at noon UTC on consecutive days, in the months whose
  // first days differ in offset (zone offsets are slow to read): the days either side of it.
  const changeDays = (zone: string) => {
    const z = IANAZone.create(zone);
    const days: { year: number; month: number; day: number }[] = [];
    const day = 86_400_000;
    for (let month = 0; month < 12; month += 1) {
      const [first, next] = [Date.UTC(2026, month, 1, 12), Date.UTC(2026, month + 1, 1, 12)];
      if (z.offset(first) === z.offset(next)) continue;
      for (let ms = first; ms < next; ms += day) {
        if (z.offset(ms) === z.offset(ms + day)) continue;
        for (const at of [ms, ms + day]) {
          const local = DateTime.fromMillis(at, { zone });
          days.push({ year: local.year, month: local.month, day: local.day });
        }
      }
    }
    return days;
  };
  const times = ['00:00-00:30', '00:30-01:30', '01:30-02:30', '02:00-03:00', '02:30-02:45', '03:30-04:00', '22:30-23:30', '23:00-23:59', '23:15-23:45'];

  it('gives sessions that end after they start, whose text shows the day and times of the instants', () => {
    const clock = (dt: DateTime) => dt.toFormat('h:mma').toLowerCase().replace(':00', '');
    const wrong: string[] = [];
    let checked = 0;
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const days = changeDays(zone);
      if (days.length === 0) continue;
      for (const range of times) {
        const [from, to] = range.split('-').map(t);
        for (const s of toSessions(days, from!, to!, zone)) {
          checked += 1;
          const text = sessionText(s);
          const day = s.startAt.setLocale('en-GB').toFormat('cccc d LLLL yyyy');
          if (!(s.endAt > s.startAt) || !text.startsWith(`${day}, ${clock(s.startAt)} – ${clock(s.endAt)}`)) {
            wrong.push(`${zone} ${range}: ${s.startAt.toISO()} – ${s.endAt.toISO()} as "${text}"`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
