// Hand-written readers that stand in front of (or in place of) regexes and csv-parse must give
// exactly what those give: each is compared with its reference on many generated inputs.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { normaliseTime } from '../../src/ingest/columns.js';
import { discordText } from '../../src/ingest/discord-text.js';
import { chatHtmlToText } from '../../src/ingest/html-text.js';
import { isoMs } from '../../src/ingest/iso-time.js';
import { linesOf, TextLines } from '../../src/ingest/lines.js';
import { readPassFast, readPassWhole } from '../../src/ingest/parsers/csv.js';
import { hasHeaderMarks } from '../../src/ingest/text.js';
import { classifyRecord } from '../../src/ingest/whatsapp-classify.js';
import { authorOf, headerByRegex, newStamp, quickStamp, readHeader } from '../../src/ingest/whatsapp-header.js';
import { chatHtmlToTextByRegex } from './reference/chat-html-regex.js';
import { classifyRecordByRegex } from './reference/whatsapp-classify-regex.js';
import { rng } from './seeded.js';

describe('CSV rows by hand', () => {
  const PIECES = ['a', 'Sam', ' ', '"', '""', ',', ';', '\t', '\n', 'x y', 'é', '👍', '2026-03-13 14:00:00', "O'Neil"];
  const source = { file: 'gen.csv' };
  const fields = { time: 0, author: 1, text: 2 };

  it('reads every generated text as csv-parse reads it whole: records, lines, warnings', () => {
    const { next, pick } = rng(1);
    let handRead = 0;
    for (let k = 0; k < 1500; k++) {
      const delimiter = pick([',', ';', '\t']);
      const rows = ['time,author,text'.replace(/,/g, delimiter)];
      const n = 1 + Math.floor(next() * 6);
      for (let r = 0; r < n; r++) {
        // Mostly well-formed rows, some quoted, some made of random pieces (stray quotes, newlines).
        const cell = () => (next() < 0.3 ? `"${Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(PIECES)).join('').replace(/"/g, '""')}"` : pick(['Sam', 'x y', '', '2026-03-13 14:00:00', 'a"b']));
        rows.push(next() < 0.25 ? Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(PIECES)).join('') : [cell(), cell(), cell()].join(delimiter));
      }
      const text = rows.join('\n') + pick(['', '\n', '\n\n']);
      const whole = readPassWhole(new TextLines(text), source, delimiter, fields, true);
      const fast = readPassFast(new TextLines(text), source, delimiter, fields, true);
      if (fast) {
        handRead++;
        expect(fast, text).toEqual(whole);
      }
      // From bytes (where fields are copied out of their lines) the same.
      const bytes = readPassFast(linesOf(Buffer.from(text), 'gen.csv'), source, delimiter, fields, true);
      if (bytes) expect(bytes, text).toEqual(whole);
    }
    // Nearly every text is read by hand; the rest fall back to csv-parse whole.
    expect(handRead).toBeGreaterThan(1250);
  });

  it('falls back to csv-parse whole on a CR or where its guess of a quoted field\'s end was wrong', () => {
    expect(readPassFast(new TextLines('time,author,text\r\n1,a,b'), source, ',', fields, true)).toBeUndefined();
  });
});

describe('normaliseTime fast path', () => {
  // The regex, then Date's calendar and the clock's ranges: null for a value that names no real time.
  const iso = (v: string): string | null | undefined => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-](\d{2}):?(\d{2}))?$/.exec(v.trim());
    if (!m || m[2] === undefined) return undefined;
    const day = new Date(`${m[1]}T00:00:00Z`);
    if (m[1]!.startsWith('0') || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(m[1]!)) return null;
    if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) >= 60 || Number(m[6] ?? 0) > 23 || Number(m[7] ?? 0) > 59) return null;
    return [m[1], 'T', m[2].padStart(2, '0'), ':', m[3], ':', m[4] ?? '00', m[5] ?? ''].join('');
  };
  it('gives what the ISO regex and a calendar give for near-ISO values', () => {
    const { next, pick } = rng(2);
    const chars = ['0', '1', '9', '-', ':', ' ', 'T', 'Z', 'x', '.', '+'];
    let refused = 0;
    for (let k = 0; k < 20000; k++) {
      const base = pick(['2026-03-13 14:05:09Z', '2026-03-13T14:05:09.123+01:00', '2026-03-13 14:05:09-0530', '2026-03-13T14:05:09.5Z', '2026-02-28T23:59:59Z', '2024-02-29 09:30:00']);
      const v = [...base.slice(0, 17 + Math.floor(next() * (base.length - 16)))].map((c) => (next() < 0.08 ? pick(chars) : c)).join('');
      const want = iso(v);
      if (want === null) refused++;
      if (want !== undefined) expect(normaliseTime(v, true), v).toBe(want ?? undefined);
    }
    // The generator does reach days, clocks and zones out of range.
    expect(refused).toBeGreaterThan(100);
  });
});

describe('WhatsApp by hand', () => {
  const WORDS = ['Sam', 'you', 'You', 'added', 'left', 'joined', 'created group "Peer"', 'changed the subject to "X"', ':', ': ', 'omitted', 'image omitted', '<Media omitted>', '<attached: 0001.jpg>',
    'deleted', 'This message was deleted', 'message', 'null', 'Waiting for this message', 'end-to-end', 'Messages and calls are end-to-end encrypted', '\u200E', '\u00A0', 'a', '.', 'x.pdf (file attached)',
    'started a video call', 'Missed voice call', '<This message was edited>', '~ ', 'NULL', 'DELETED.', ')', '>', '<', 'removed', 'was removed', 'Jo'];

  it('classifies every generated record as the all-regex classifier does', () => {
    const { next, pick } = rng(3);
    for (let k = 0; k < 15000; k++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(WORDS)).join(next() < 0.7 ? ' ' : '');
      const ios = next() < 0.5;
      const line = ios ? `[13/03/2026, 14:02:30] ${pick(['Sam', 'Peer', '~ Jo'])}: ${body}` : `13/03/2026, 14:02 - ${next() < 0.7 ? `${pick(['Sam', 'Jo'])}: ` : ''}${body}`;
      const header = readHeader(line);
      if (!header) continue;
      const more = next() < 0.3 ? [pick(WORDS), pick(['', 'caption'])] : [];
      const draft = { line: 1, time: '14:02:00', style: header.style, header, first: line.slice(header.restAt), more };
      const ctx = { file: 'x.txt', format: 'whatsapp', chatNames: new Set(next() < 0.3 ? ['Peer'] : []) };
      expect(classifyRecord(draft, ctx), line).toEqual(classifyRecordByRegex(draft, ctx));
    }
  });

  it('reads every generated header line as the header regexes do', () => {
    const { next, pick } = rng(9);
    // Stamps near the common shapes, then pieces that may break them: marks, odd spaces, meridiems, terminators.
    const STAMPS = ['13/03/2026, 14:02 - ', '[13/03/2026, 14:02:30] ', '3/6/18 9:05 - ', '2018-06-13, 21.25.15: ', '13.06.18 21.25.15: ', '[2018/06/13, 21:25:15] ',
      '13.6.2018 klo 21.25.15 - ', '03-06-2018, 01.55 PM - ', '12/31/2025, 23:59 \u2013 ', '13/03/2026, 24:00 - ', '[1/2/3, 1:60:61] ', '13/03/2026, 14:02:3 - '];
    const PIECES = ['0', '1', '9', '/', '-', '.', ':', ',', ' ', '[', ']', 'a', 'p', 'm', 'PM', ' - ', ': ', '\u2013', 'Sam', 'Sam: ', '~ Jo: ', 'é', '👍',
      '\u200E', '\u00A0', '\u202F', '\u2009', '\u00AD', '\u2066', '\u2028', '\r', 'x'.repeat(40), 'klo '];
    let quick = 0;
    const stamp = newStamp();
    for (let k = 0; k < 40000; k++) {
      let line = pick(STAMPS) + Array.from({ length: Math.floor(next() * 8) }, () => pick(PIECES)).join('');
      // Now and then one character of the stamp changed, dropped or doubled.
      if (next() < 0.5) {
        const at = Math.floor(next() * 24);
        const what = next();
        line = line.slice(0, at) + (what < 0.4 ? pick(PIECES) : what < 0.7 ? '' : line.slice(at, at + 1)) + line.slice(at + 1);
      }
      const want = headerByRegex(line);
      expect(readHeader(line), JSON.stringify(line)).toEqual(want);
      if (quickStamp(line, stamp) >= 0) quick++;
    }
    // Most lines are read by hand (the rest by the regexes alone, which proves nothing).
    expect(quick).toBeGreaterThan(8000);
  });

  it('finds the author and header marks as the regexes do', () => {
    const { next, pick } = rng(4);
    const parts = ['a', ':', ' ', ': ', 'Sam', '\u00A0', '\u200F', '\u2069', 'é', '👍'];
    for (let k = 0; k < 20000; k++) {
      const s = Array.from({ length: Math.floor(next() * 8) }, () => pick(parts)).join('');
      expect(authorOf(s), s).toBe(/^([^:]+?): /.exec(s)?.[1]);
      const from = Math.floor(next() * 4);
      expect(hasHeaderMarks(s, from), s).toBe(/[\u00A0\u00AD\u2009\u200B-\u200F\u202A-\u202F\u2066-\u2069]/.test(s.slice(from)));
    }
  });
});

describe('Slack ts by hand', () => {
  it('tsKey gives what splitting at the dot gives, for usual and odd ts alike', async () => {
    const { tsKey } = await import('../../src/ingest/parsers/slack.js');
    const reference = (ts: string): [number, number] => {
      const [s, f = ''] = ts.split('.');
      return [Number(s), Number(f.padEnd(6, '0').slice(0, 6))];
    };
    const { next, pick } = rng(11);
    const chars = ['0', '1', '7', '9', '.', '.', 'e', ' ', '-', 'x'];
    const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');
    for (let k = 0; k < 20000; k++) {
      const usual = `${digits(1 + Math.floor(next() * 16))}.${digits(Math.floor(next() * 8))}`;
      const odd = Array.from({ length: Math.floor(next() * 12) }, () => pick(chars)).join('');
      for (const ts of [usual, odd]) expect(tsKey(ts), ts).toEqual(reference(ts));
    }
    expect(tsKey('1773410531.000200')).toEqual([1773410531, 200]);
    expect(tsKey('1773410531.2')).toEqual([1773410531, 200000]);
  });
});

describe('Teams and clock gates by hand', () => {
  it('isTeamsSystem gives what its pattern table gives', async () => {
    const { isTeamsSystem, teamsSystem } = await import('../../src/ingest/keywords/teams.js');
    const { next, pick } = rng(5);
    const parts = ['Meeting', 'meeting', 'MEETING.', 'started', 'ended', 'Recording', 'Transcription', 'Live captions', 'has', 'stopped', 'Sam', 'joined', 'left', 'the', 'chat', 'conversation', 'added', 'to', 'invited', 'been', '.', 'x', 'é', 'CHAT', 'Conversation.', '\u212a', '\u0130', 'ｍeeting', 'L', 'T', 'R'];
    for (let k = 0; k < 20000; k++) {
      const line = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(parts)).join(next() < 0.85 ? ' ' : '');
      expect(isTeamsSystem(line), line).toBe(teamsSystem.some((re) => re.test(line)));
    }
  });

  it('readStamp refuses only lines its pattern refuses', async () => {
    const { readStamp } = await import('../../src/ingest/teams-time.js');
    const stampRe = /^(?:(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?|(\d{4}-\d{2}-\d{2})|(today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?,?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?$/i;
    const { next, pick } = rng(6);
    const parts = ['13/03/2026', '3/14', '2026-03-13', 'Yesterday', 'Monday', ',', ' ', '14:02', '2:02', ':30', 'pm', 'P.M.', 'am', 'x', '.'];
    for (let k = 0; k < 20000; k++) {
      const line = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(parts)).join(next() < 0.5 ? ' ' : '');
      if (readStamp(line) === undefined) continue;
      expect(stampRe.test(line.trim()), line).toBe(true);
    }
    for (let k = 0; k < 20000; k++) {
      const line = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(parts)).join(next() < 0.5 ? ' ' : '');
      const m = stampRe.exec(line.trim());
      // A line the pattern takes with a real clock is a stamp.
      if (m && Number(m[7]) < 60 && (m[8] === undefined || Number(m[8]) < 60) && (m[9] ? Number(m[6]) >= 1 && Number(m[6]) <= 12 : Number(m[6]) < 24)) expect(readStamp(line), line).toBeDefined();
    }
  });

  it('clockSeconds and ClockInterner read HH:MM:SS and nothing else', async () => {
    const { clockSeconds, ClockInterner } = await import('../../src/ingest/intern.js');
    const { next, pick } = rng(7);
    const interner = new ClockInterner();
    const chars = ['0', '1', '5', '6', '9', ':', 'x', '7'];
    for (let k = 0; k < 20000; k++) {
      const s = [...'12:34:56'].map((c) => (next() < 0.15 ? pick(chars) : c)).join('');
      const m = /^(\d\d):([0-5]\d):([0-5]\d)$/.exec(s);
      expect(clockSeconds(s), s).toBe(m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : -1);
      const copy = s.split('').join('');
      expect(interner.get(copy)).toBe(s);
    }
  });

  it('timeAfter gives what toISOString gives', async () => {
    const { timeAfter } = await import('../../src/ingest/recording-start.js');
    const { next } = rng(8);
    for (let k = 0; k < 20000; k++) {
      const at = Math.floor(next() * 4e12) - 1e11;
      const ms = Math.floor(next() * 4e8);
      const offset = next() < 0.5 ? '+01:00' : undefined;
      const want = new Date(at + ms).toISOString().slice(0, 19) + (offset ?? '');
      expect(timeAfter(offset ? { local: '', at, from: '', offset } : { local: '', at, from: '' }, ms)).toBe(want);
    }
  });
});

describe('Teams chat HTML by hand', () => {
  // Tags, near-tags and text that the tag regex treats in its own ways: unclosed `<`, `</` without a name,
  // `>` inside text, comments (closed or not), upper case, self-closing, attributes with `>`-free junk.
  const PIECES = [
    '<p>', '</p>', '<P>', '<br/>', '<br >', '<div class="x">', '</div>', '<at id="0">', '</at>', 'Sam', ' ', '  ', '\t', '\n', '\r\n',
    '<', '>', '</', '< p>', '<1>', '<!--', '-->', '<!-- c -->', '<!-->', '&amp;', '&nbsp;', '&#x1F600;', 'é', '👍',
    '<img src="y">', '<img itemtype="http://schema.skype.com/Emoji" alt="😂">', '<emoji alt="🙂">', '</emoji>', '<emoji alt="x"/>',
    '<a href="https://example.org">', '<a href=\'mailto:a@b\'>', '</a>', '<A HREF="javascript:x">', '<script>', '</script>', '<style/>',
    '<attachment id="1"></attachment>', '<blockquote itemtype="http://schema.skype.com/Reply" itemid="42">', '</blockquote>', '<blockquote>',
    '<systemEventMessage/>', '<x:y-z_1 a=b>', '<p\nclass="a">', 'text', '<br/ >', '<h1>', '</H1>', '<li>', '<table>',
  ];

  it('reads every generated body as the tag regex reads it', () => {
    const { next, pick } = rng(7);
    for (let k = 0; k < 6000; k++) {
      const html = Array.from({ length: Math.floor(next() * 14) }, () => pick(PIECES)).join('');
      expect(chatHtmlToText(html), JSON.stringify(html)).toEqual(chatHtmlToTextByRegex(html));
    }
  });

  it('reads random characters around tags as the regex does', () => {
    const { next, pick } = rng(8);
    const CHARS = ['<', '>', '/', '!', '-', 'a', 'P', '1', ':', '_', ' ', '\n', '\t', '"', '=', '&', ';'];
    for (let k = 0; k < 6000; k++) {
      const html = Array.from({ length: Math.floor(next() * 30) }, () => pick(CHARS)).join('');
      expect(chatHtmlToText(html), JSON.stringify(html)).toEqual(chatHtmlToTextByRegex(html));
    }
  });
});

describe('ISO times by hand', () => {
  it('isoMs gives what Date.parse gives, NaN included, for near-ISO values', () => {
    const { next, pick } = rng(9);
    const odd = ['00', '13', '24', '29', '30', '31', '32', '59', '60', '99', '1', 'x1'];
    // Mostly in range (month, day, hour, minute, second), sometimes anything.
    const two = (top: number, low = 0) => (next() < 0.85 ? String(low + Math.floor(next() * (top - low + 1))).padStart(2, '0') : pick(odd));
    let fast = 0;
    for (let k = 0; k < 20000; k++) {
      const s = `${pick(['2026', '2026', '1970', '0000', '0099', '0100', '9999', '1969', '202', '20266'])}-${two(12, 1)}-${two(31, 1)}${pick(['T', 'T', 'T', 't', ' '])}${two(23)}:${two(59)}:${two(59)}${pick(['', '.', '.1', '.12', '.123', '.1234', '.000', '.9999999'])}${pick(['Z', 'Z', 'z', '', '+00:00', '-05:30', '+14:00', '+24:00', '+0100', '+10:60', 'Z ', '+01:0', '+01:00x'])}`;
      const want = Date.parse(s);
      expect(isoMs(s), s).toBe(want);
      if (!Number.isNaN(want)) fast++;
    }
    expect(fast).toBeGreaterThan(2000);
    expect(isoMs('')).toBeNaN();
    expect(isoMs('2026-03-13T14:00:01.5+00:00')).toBe(Date.UTC(2026, 2, 13, 14, 0, 1, 500));
  });
});

describe('Discord markup gated by marker', () => {
  // The five replaces as they ran before, unconditionally.
  const before = (content: string): string => {
    if (!/[*_~|`]/.test(content)) return content.trim();
    return content.replace(/```[^\n]*\n?([\s\S]*?)```/g, '$1').replace(/\*\*([^*\n]+)\*\*/g, '$1').replace(/__([^_\n]+)__/g, '$1').replace(/~~([^~\n]+)~~/g, '$1').replace(/\|\|([^|\n]+)\|\|/g, '$1').trim();
  };

  it('discordText gives what the five replaces gave', () => {
    const { next, pick } = rng(10);
    const PIECES = ['*', '**', '_', '__', '~', '~~', '|', '||', '`', '```', 'a', ' ', '\n', 'é'];
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: Math.floor(next() * 16) }, () => pick(PIECES)).join('');
      expect(discordText(s), JSON.stringify(s)).toBe(before(s));
    }
  });
});
