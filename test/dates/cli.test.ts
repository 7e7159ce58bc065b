import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

const seedExample = ['dates', '--start', '2026-06-26', '--every', '12w', '--count', '4', '--time', '14:00-16:00'];
const seedLines = [
  '- Friday 26 June 2026, 2pm – 4pm',
  '- Friday 18 September 2026, 2pm – 4pm',
  '- Friday 11 December 2026, 2pm – 4pm',
  '- Friday 5 March 2027, 2pm – 4pm',
];
const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;

describe('chatnotes dates output', () => {
  it('prints the seed 000 block exactly', async () => {
    expect(await runCli(seedExample)).toEqual({ code: 0, stderr: '', stdout: `${seedLines.join('\n')}\n` });
  });

  it('prints the 24-hour clock, minutes, a heading and an intro', async () => {
    const r = await runCli(['dates', '--start', '2026-06-26', '--every', '1w', '--count', '2', '--time', '10:00-12:30', '--clock', '24', '--heading', 'Future sessions', '--intro', 'We meet on:']);
    expect(r.stdout).toBe('## Future sessions\n\nWe meet on:\n\n- Friday 26 June 2026, 10:00 – 12:30\n- Friday 3 July 2026, 10:00 – 12:30\n');
    const twelve = await runCli(['dates', '--start', '2026-06-26', '--every', '1w', '--count', '1', '--time', '10am-12:30pm']);
    expect(twelve.stdout).toBe('- Friday 26 June 2026, 10am – 12:30pm\n');
  });

  it('takes a custom luxon pattern for the date part', async () => {
    const r = await runCli([...seedExample.slice(0, 6), '1', '--time', '14:00-16:00', '--format', "'Session:' ccc d LLL yyyy"]);
    expect(r.stdout).toBe('- Session: Fri 26 Jun 2026, 2pm – 4pm\n');
  });

  it('prints JSON with offsets that follow the clocks', async () => {
    const r = await runCli([...seedExample, '--json']);
    const json = JSON.parse(r.stdout) as { date: string; start: string; end: string; text: string }[];
    expect(json[0]).toEqual({ date: '2026-06-26', start: '2026-06-26T14:00:00+01:00', end: '2026-06-26T16:00:00+01:00', text: 'Friday 26 June 2026, 2pm – 4pm' });
    expect(json[2]!.start).toBe('2026-12-11T14:00:00+00:00');
  });

  it('reads words relative to today in the zone, or to --from', async () => {
    // The fixed clock is Monday 23 November 2026.
    const r = await runCli(['dates', '--start', 'Friday', '--every', '1w', '--count', '1', '--time', '2pm-4pm']);
    expect(r.stdout).toBe('- Friday 27 November 2026, 2pm – 4pm\n');
    const from = await runCli(['dates', '--start', 'Friday', '--from', '2027-01-04', '--every', '1w', '--count', '1', '--time', '2pm-4pm']);
    expect(from.stdout).toBe('- Friday 8 January 2027, 2pm – 4pm\n');
    const words = await runCli(['dates', '--start', '26 June 2026', '--every', '12w', '--until', '5/3/2027', '--time', '14:00-16:00']);
    expect(words.stdout).toBe(`${seedLines.join('\n')}\n`);
  });

  it('follows an RRULE: first Tuesday of the month', async () => {
    const r = await runCli(['dates', '--start', '2026-06-01', '--rrule', 'FREQ=MONTHLY;BYDAY=1TU', '--count', '3', '--time', '14:00-16:00']);
    expect(r.stdout).toBe('- Tuesday 2 June 2026, 2pm – 4pm\n- Tuesday 7 July 2026, 2pm – 4pm\n- Tuesday 4 August 2026, 2pm – 4pm\n');
  });

  it('skips bank holidays and --skip dates, keeps the count and reports each skip', async () => {
    const r = await runCli(['dates', '--start', '2027-12-24', '--every', '1d', '--count', '4', '--time', '14:00-16:00', '--skip-holidays', 'england-and-wales', '--skip', '2027-12-29,2027-12-31']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      '- Friday 24 December 2027, 2pm – 4pm',
      '- Thursday 30 December 2027, 2pm – 4pm',
      '- Sunday 2 January 2028, 2pm – 4pm',
      '- Tuesday 4 January 2028, 2pm – 4pm',
      '',
    ].join('\n'));
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'chatnotes: skipped Saturday 25 December 2027: Christmas Day',
      'chatnotes: skipped Sunday 26 December 2027: Boxing Day',
      'chatnotes: skipped Monday 27 December 2027: Christmas Day (substitute day)',
      'chatnotes: skipped Tuesday 28 December 2027: Boxing Day (substitute day)',
      'chatnotes: skipped Wednesday 29 December 2027: skipped with --skip',
      'chatnotes: skipped Friday 31 December 2027: skipped with --skip',
      "chatnotes: skipped Saturday 1 January 2028: New Year's Day",
      "chatnotes: skipped Monday 3 January 2028: New Year's Day (substitute day)",
    ]);
  });

  it('shows examples in --help', async () => {
    const r = await runCli(['dates', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ chatnotes dates --start 2026-06-26 --every 12w --count 4 --time 14:00-16:00');
    expect(r.stdout).toContain('--skip-holidays <region>');
  });
});

describe('chatnotes dates errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['an impossible date', ['--start', '2026-02-30', '--every', '1w', '--count', '2', '--time', '14:00-16:00'], /--start 2026-02-30: there is no such day/],
    ['an impossible date in words', ['--start', '31 February 2026', '--every', '1w', '--count', '2', '--time', '14:00-16:00'], /no such day/],
    ['unreadable words', ['--start', 'soonish', '--every', '1w', '--count', '2', '--time', '14:00-16:00'], /--start "soonish": expected a date/],
    ['an end before the start', ['--start', '2026-06-26', '--every', '1w', '--count', '2', '--time', '16:00-14:00'], /end must be after the start/],
    ['a bad time', ['--start', '2026-06-26', '--every', '1w', '--count', '2', '--time', '2pm'], /--time 2pm: expected a start and an end/],
    ['--count 0', ['--start', '2026-06-26', '--every', '1w', '--count', '0', '--time', '14:00-16:00'], /--count 0: expected a whole number/],
    ['both --count and --until', ['--start', '2026-06-26', '--every', '1w', '--count', '2', '--until', '2026-12-01', '--time', '14:00-16:00'], /exactly one of --count and --until, not both/],
    ['neither --count nor --until', ['--start', '2026-06-26', '--every', '1w', '--time', '14:00-16:00'], /exactly one of --count and --until$/],
    ['both --every and --rrule', ['--start', '2026-06-26', '--every', '1w', '--rrule', 'FREQ=WEEKLY', '--count', '2', '--time', '14:00-16:00'], /exactly one of --every and --rrule, not both/],
    ['neither --every nor --rrule', ['--start', '2026-06-26', '--count', '2', '--time', '14:00-16:00'], /exactly one of --every and --rrule$/],
    ['an unknown zone', ['--start', '2026-06-26', '--every', '1w', '--count', '2', '--time', '14:00-16:00', '--tz', 'Mars/Olympus'], /--tz Mars\/Olympus: unknown time zone/],
    ['an unknown region', ['--start', '2026-06-26', '--every', '1w', '--count', '2', '--time', '14:00-16:00', '--skip-holidays', 'wales'], /wales/],
    ['holidays beyond 2100', ['--start', '2100-12-01', '--every', '4w', '--count', '3', '--time', '14:00-16:00', '--skip-holidays', 'scotland'], /2013-2100 only/],
    ['--until before --start', ['--start', '2026-06-26', '--every', '1w', '--until', '2026-06-01', '--time', '14:00-16:00'], /before --start/],
    ['a bad RRULE', ['--start', '2026-06-26', '--rrule', 'FREQ=WEEKLY;UNTIL=20270101', '--count', '2', '--time', '14:00-16:00'], /leave UNTIL out/],
  ];
  it.each(cases)('exits 2 with one line for %s', async (_name, args, message) => {
    const r = await runCli(['dates', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});

describe('chatnotes dates files', () => {
  it('--update cleans seed 000 in place and a second run changes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'overview.md');
    copyFileSync(fixture('seeds/000_4496a28c678f666b.txt'), file);
    const r = await runCli([...seedExample, '--update', 'overview.md'], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'chatnotes: overview.md:21: replaced the list of session dates\n' });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('dates/seed-000.updated.md'), 'utf8'));
    const again = await runCli([...seedExample, '--update', 'overview.md'], dir);
    expect(again.stderr).toBe('chatnotes: overview.md: the sessions are already up to date\n');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('dates/seed-000.updated.md'), 'utf8'));
  });

  it('--update says when --heading is not used', async () => {
    const dir = tempDir();
    copyFileSync(fixture('seeds/000_4496a28c678f666b.txt'), join(dir, 'o.md'));
    const r = await runCli([...seedExample, '--update', 'o.md', '--heading', 'Dates'], dir);
    expect(r.stderr.split('\n')[1]).toBe('chatnotes: o.md: --heading not used: a heading is added only with a new section, an intro only there or between markers');
    expect(readFileSync(join(dir, 'o.md'), 'utf8')).toBe(readFileSync(fixture('dates/seed-000.updated.md'), 'utf8'));
  });

  it('--update appends to seed 001', async () => {
    const dir = tempDir();
    const file = join(dir, '001.md');
    copyFileSync(fixture('seeds/001_c84b97bb5e5a426a.txt'), file);
    const r = await runCli([...seedExample, '--update', '001.md'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('dates/seed-001.updated.md'), 'utf8'));
  });

  it('--update names a missing file', async () => {
    const r = await runCli([...seedExample, '--update', 'nope.md'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chatnotes: nope.md: cannot read: no such file\n$/);
  });

  it('--ics writes a calendar that parses back, and refuses to overwrite without --force', async () => {
    const dir = tempDir();
    const args = [...seedExample, '--ics', 'sessions.ics', '--title', 'Peer Support Space', '--location', 'MS Teams'];
    const r = await runCli(args, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${seedLines.join('\n')}\n`);
    const text = readFileSync(join(dir, 'sessions.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-06-26T13:00:00.000Z', '2026-09-18T13:00:00.000Z', '2026-12-11T14:00:00.000Z', '2027-03-05T14:00:00.000Z',
    ]);
    expect(events[0]!.summary).toBe('Peer Support Space');
    const refused = await runCli(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/sessions.ics: already exists; use --force/);
    writeFileSync(join(dir, 'old.ics'), text);
    const forced = await runCli([...args, '--force'], dir);
    expect(forced.code).toBe(0);
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids(readFileSync(join(dir, 'sessions.ics'), 'utf8'))).toEqual(uids(text));
  });
});
