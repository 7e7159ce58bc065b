// The line parsers that read their usual lines by hand must give exactly what the
// regex-only versions they replaced give: compared on many seeded inputs, from text and from bytes.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { linesOf, TextLines } from '../../src/ingest/lines.js';
import type { LineParser } from '../../src/ingest/lines.js';
import { sbv } from '../../src/ingest/parsers/sbv.js';
import { webvtt } from '../../src/ingest/parsers/webvtt.js';
import { zoomCloud } from '../../src/ingest/parsers/zoom-cloud.js';
import { zoom } from '../../src/ingest/parsers/zoom.js';
import { zoomByRegex } from './reference/zoom-regex.js';
import { sbvByRegex } from './reference/sbv-regex.js';
import { webvttByRegex } from './reference/webvtt-regex.js';
import { zoomCloudByRegex } from './reference/zoom-cloud-regex.js';
import { rng } from './seeded.js';

/** Parse output, or the error's message: both must agree. Ids are left out: how they are made is not the readers' business. */
const run = (p: LineParser, text: string, file: string, bytes: boolean): unknown => {
  try {
    const out = p.parseLines(bytes ? linesOf(Buffer.from(text), file) : new TextLines(text), { file });
    return { ...out, messages: out.messages.map(({ id: _id, ...m }) => m) };
  } catch (e) {
    return (e as Error).message;
  }
};

describe('zoom cloud headers by hand', () => {
  const CLOCKS = ['00:01:05', '0:01:05', '00:01:01', '01:15:00', '9:59:59', '12:00:00', '99:59:59', '00:75:00', '00:00:61', '1:2:3', '000:01:05', '00:01:0', 'ab:01:05'];
  const NAMES = ['Robin Hart', ' Sam ', 'Chloë', 'Nguyễn Lan', 'a', 'Robin: Hart', 'O\u200eNeil', '\u00a0Dev', 'x\ty', '', 'Jo\u2028Q', '👍 Fan', 'Priya Nair '];
  const TEXTS = ['hello', '', ' ', 'Reacted to "hi" with 👍', 'Removed a 👍 reaction from "hi"', 'Replying to "hi"', 'Replying to "a" b', 'add 👍', 'x:\ty', 'a\rb', 'line\u2028sep', 'soft\u00adhyphen', 'tab\tend', '\u200eRTL', 'rest'];
  const SEPS = [':\t', ':\t', ':\t', ': ', '\t:\t', ':'];

  it('reads every generated file as the regex-only parser does, from text and bytes', () => {
    const { next, pick } = rng(3);
    let fast = 0;
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = [];
      const n = 1 + Math.floor(next() * 6);
      for (let i = 0; i < n; i++) {
        const r = next();
        if (r < 0.7) {
          const mark = next() < 0.05 ? '\u200e' : '';
          lines.push(`${mark}${pick(CLOCKS)}\t${pick(NAMES)}${pick(SEPS)}${pick(TEXTS)}`);
        } else lines.push(r < 0.8 ? '' : pick(TEXTS));
      }
      const text = lines.join(pick(['\n', '\n', '\r\n'])) + pick(['', '\n']);
      const file = 'GMT20260313-140005_x.txt';
      const want = run(zoomCloudByRegex, text, file, false);
      expect(run(zoomCloud, text, file, false), JSON.stringify(text)).toEqual(want);
      expect(run(zoomCloud, text, file, true), JSON.stringify(text)).toEqual(run(zoomCloudByRegex, text, file, true));
      if (typeof want !== 'string') fast++;
    }
    // About a third of the files hold a header at all (the rest fail alike); those are read mostly by hand.
    expect(fast).toBeGreaterThan(900);
  });
});

describe('webvtt cues and voice spans by hand', () => {
  const STAMPS = ['00:00:01.000', '00:01:18.120', '0:0:5.320', '01:02.500', '00:00:03,400', '-00:00:01.000', '00:0a:01.000', '00:00:02.000'];
  const IDS = ['', '', '3f2c9a1e-5b7d-4c1a-9e8f-0a1b2c3d4e5f/12-0', '7', 'cue-x', 'NOTE not a note?'];
  const NAMES = ['Robin Hart', ' Sam ', '@Chloë', '@', '', 'Nguyễn Lan', '  @Dev  '];
  const TEXTS = ['hello', '', ' spaced ', 'a &amp; b', '<c.red>red</c> text', 'x < y', 'Hi <i>there</i>', 'two\nlines', 'ends <', 'Sam: hi', 'Jo Quinn: hello there', '&lt;v Robin&gt;'];
  const payload = (pick: <T>(l: readonly T[]) => T, next: () => number): string => {
    const r = next();
    if (r < 0.55) return `<v ${pick(NAMES)}>${pick(TEXTS)}${pick(['</v>', '</v>', '', '</v> tail'])}`;
    if (r < 0.65) return `<v.loud ${pick(NAMES)}>${pick(TEXTS)}</v><v ${pick(NAMES)}>${pick(TEXTS)}</v>`;
    if (r < 0.7) return '{"speakerName":"Robin Hart","spokenText":"hi"}';
    return pick(TEXTS);
  };

  it('reads every generated file as the regex version does, from text and bytes', () => {
    const { next, pick } = rng(5);
    let read = 0;
    for (let k = 0; k < 2000; k++) {
      const blocks: string[] = next() < 0.9 ? [pick(['WEBVTT', 'WEBVTT - title', 'WEBVTT\nKind: captions'])] : [];
      const n = 1 + Math.floor(next() * 7);
      for (let i = 0; i < n; i++) {
        const r = next();
        if (r < 0.08) blocks.push(pick(['NOTE Confidence: 0.9', 'STYLE\n::cue {}', 'REGION id:x', 'NOTEworthy', 'just text']));
        else {
          const id = pick(IDS);
          const timing = `${pick(STAMPS)} --> ${pick(STAMPS)}${pick(['', ' align:start'])}`;
          const body = Array.from({ length: Math.floor(next() * 3) }, () => payload(pick, next)).join('\n');
          blocks.push([id, timing, body].filter((x, j) => j === 1 || x !== '').join('\n'));
        }
      }
      const text = blocks.join(pick(['\n\n', '\n\n', '\n \n', '\n\n\n'])) + pick(['', '\n', '\n\n']);
      const file = pick(['x.vtt', 'Peer Space-20260313_140012-Meeting Recording.vtt']);
      const want = run(webvttByRegex, text, file, false);
      expect(run(webvtt, text, file, false), JSON.stringify(text)).toEqual(want);
      expect(run(webvtt, text, file, true), JSON.stringify(text)).toEqual(run(webvttByRegex, text, file, true));
      if (typeof want !== 'string') read++;
    }
    expect(read).toBeGreaterThan(1000);
  });

  it('lets a voice span with no name past the Zoom-style sample continue its speaker, as the regex version does', () => {
    // Zoom style is settled on the first 200 cues; a later `<v >` span (no name) goes on with the speaker before it.
    const cue = (i: number, payload: string) => `00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:59:59.000\n${payload}`;
    const zoomCues = Array.from({ length: 205 }, (_, i) => cue(i, i % 2 ? `Sam Okafor: point ${i}` : `Robin Hart: point ${i}`));
    for (const late of ['<v >carried on</v>', '<v Priya Nair>new voice</v>', '<v  >', 'no name at all']) {
      const text = `WEBVTT\n\n${[...zoomCues, cue(205, late), cue(206, 'Sam Okafor: last')].join('\n\n')}\n`;
      const got = run(webvtt, text, 'x.vtt', false) as { messages: { author?: string; text: string }[] };
      expect(got, late).toEqual(run(webvttByRegex, text, 'x.vtt', false));
      expect(got.messages.at(-2)!.author, late).toBe(late.includes('Priya') ? 'Priya Nair' : 'Robin Hart');
    }
  });
});

describe('sbv cue and name lines by hand', () => {
  const STAMPS = ['0:00:01.000', '0:00:16.5', '0:01:01.000', '2:15:00.000', '00:01:05.12', '12:59:59.999', '1:75:00.000', '0:00:61.000', '0:0:01.000', '0:00:01', '0:00:01.0000', '123:00:01.000', ' 0:00:02.000'];
  const NAMES = ['Alex Nair', 'Marcus O\'Neil', 'Nguyễn Lan', ' Sam ', 'Note', 'x'.repeat(85), 'Dev\u200e', 'Chloë'];
  const TEXTS = ['hello', 'Session nights 👍', 'a: b', '', 'https://example.org/rota', 'x\u2028y', 'soft\u00adhyphen'];
  const line = (pick: <T>(l: readonly T[]) => T, next: () => number): string => {
    const r = next();
    if (r < 0.6) return `${pick(NAMES)}${pick([': ', ': ', ':', ' : '])}${pick(TEXTS)}`;
    if (r < 0.75) return pick(TEXTS);
    return pick(['', ' ', 'Jordan Lee: late', 'Note: bring a pen']);
  };

  it('reads every generated file as the regex version does, from text and bytes', () => {
    const { next, pick } = rng(7);
    let read = 0;
    for (let k = 0; k < 2500; k++) {
      const out: string[] = next() < 0.1 ? [line(pick, next)] : [];
      const n = 1 + Math.floor(next() * 6);
      for (let i = 0; i < n; i++) {
        out.push(`${pick(STAMPS)},${pick(STAMPS).trim()}${pick(['', '', ' '])}`);
        for (let j = Math.floor(next() * 3); j >= 0; j--) out.push(line(pick, next));
        out.push('');
      }
      const text = out.join('\n');
      const file = pick(['chat.sbv', 'abc-defg-hij (2026-03-13 14:00 GMT+1).sbv']);
      const want = run(sbvByRegex, text, file, false);
      expect(run(sbv, text, file, false), JSON.stringify(text)).toEqual(want);
      expect(run(sbv, text, file, true), JSON.stringify(text)).toEqual(run(sbvByRegex, text, file, true));
      if (typeof want !== 'string') read++;
    }
    expect(read).toBeGreaterThan(1500);
  });
});

describe('zoom local-save headers by hand', () => {
  const CLOCKS = ['14:02:11', '9:05:00', '23:59:59', '00:00:01', '14:75:00', '1:2:3', '140:02:11', 'ab:01:05'];
  const FROMS = ['From', 'Von', 'От', 'from'];
  const NAMES = ['Robin Hart', 'Back to Work Team', 'Chloë', 'Nguyễn Lan', 'O\u200eNeil', '\u00a0Dev', 'Jo\u2028Q', 'Casey Quinn (she/her)', 'a', 'Sam  Okafor'];
  const TOS = [' to Everyone', ' to Everyone', ' an Alle', ' to Robin Hart(Direct Message)', ' to Sam Okafor to Robin Hart(Direct Message)', '', ' to  Everyone'];
  const ENDS = [':', ':', ': ', ' :', ':\t', ''];
  const TEXTS = ['hello', '', ' ', 'Rota for nights', 'Reacted to "hi" with 👍', 'Removed a 👍 reaction from "hi"', 'Replying to "hi"', 'Replying to "a" b', 'add 👍', 'remove 👍', 'Ответ на "x"', 'Recruitment panel'];
  const header = (pick: <T>(l: readonly T[]) => T, next: () => number): string => {
    const mark = next() < 0.05 ? '\u200f' : '';
    if (next() < 0.7) return `${mark}${pick(CLOCKS)} ${pick(FROMS)} ${pick(NAMES)}${pick(TOS)}${pick(ENDS)}`;
    return `${mark}${pick(CLOCKS)}\t ${pick(FROMS)}  ${pick(NAMES)}${pick(['  to  Everyone', '  to  Robin Hart(Privately)', ''])} : ${pick(TEXTS)}`;
  };

  it('reads every generated file as the regex-only parser does, from text and bytes', () => {
    const { next, pick } = rng(11);
    let read = 0;
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = [];
      const n = 1 + Math.floor(next() * 8);
      for (let i = 0; i < n; i++) {
        const r = next();
        if (r < 0.5) lines.push(header(pick, next));
        else if (r < 0.85) lines.push(`\t${pick(TEXTS)}`);
        else lines.push(r < 0.92 ? '' : pick(TEXTS));
      }
      const text = lines.join(pick(['\n', '\n', '\r\n'])) + pick(['', '\n']);
      const file = 'meeting_saved_chat.txt';
      for (const date of [undefined, '2026-03-13']) {
        const src = (p: LineParser, bytes: boolean) => {
          try {
            const out = p.parseLines(bytes ? linesOf(Buffer.from(text), file) : new TextLines(text), { file, date });
            return { ...out, messages: out.messages.map(({ id: _id, ...m }) => m) };
          } catch (e) {
            return (e as Error).message;
          }
        };
        const want = src(zoomByRegex, false);
        expect(src(zoom, false), JSON.stringify(text)).toEqual(want);
        expect(src(zoom, true), JSON.stringify(text)).toEqual(src(zoomByRegex, true));
        if (typeof want !== 'string') read++;
      }
    }
    expect(read).toBeGreaterThan(3000);
  });
});
