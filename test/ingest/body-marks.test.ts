/**
 * FORMATS.md pitfall 2: invisible marks and odd spaces are cleaned in the header zone only.
 * A body keeps its U+200E/U+200F (bidi text reads wrongly without them) and its NBSPs, also
 * in the formats whose header and text share a line, where cleaning the whole line is the naive way.
 */
import { describe, expect, it } from 'vitest';
import { sbv } from '../../src/ingest/parsers/sbv.js';
import { webvtt } from '../../src/ingest/parsers/webvtt.js';
import { whatsapp } from '../../src/ingest/parsers/whatsapp.js';
import { zoom } from '../../src/ingest/parsers/zoom.js';
import { zoomCloud } from '../../src/ingest/parsers/zoom-cloud.js';
import { cleanHeader, originalIndex, rawTail } from '../../src/ingest/text.js';
import type { Parser } from '../../src/types.js';

const LRM = '\u200E';
const RLM = '\u200F';
// Hebrew "shalom" between bidi marks, a price with NBSP, a time with NNBSP, a soft hyphen.
const BODY = `Shalom ${RLM}שלום${LRM} to all: 10\u00A0kg at 2\u202Fpm, co\u00ADop`;

// Marks inside a body whose header has none.
const SECOND = `plain ${RLM}טקסט${LRM} here`;

const texts = (p: Parser, text: string, file: string) => p.parse(text, { file }).messages.map((m) => [m.author, m.text]);

describe('bodies keep their marks where the header on their line is cleaned', () => {
  // Each header carries marks of its own (LRM before the time, NBSP in the name), which must still go.
  const cases: [string, Parser, string, string][] = [
    ['Zoom cloud', zoomCloud, 'chat.txt', `${LRM}00:01:05\tSam\u00A0Lee:\t${BODY}\n00:01:09\tRobin Hart:\t${SECOND}\n`],
    ['Zoom Z1/Z2', zoom, 'meeting_saved_chat.txt', `${LRM}14:00:01\t From  Sam\u00A0Lee : ${BODY}\n14:00:05\t From  Robin Hart : ${SECOND}\n`],
    ['Google Meet .sbv', sbv, 'chat.sbv', `0:00:01.000,0:00:02.000\n${LRM}Sam\u00A0Lee: ${BODY}\n\n0:00:03.000,0:00:04.000\nRobin Hart: ${SECOND}\n`],
    ['WhatsApp', whatsapp, 'chat.txt', `${LRM}13/03/2026, 14:00 - Sam\u00A0Lee: ${BODY}\n13/03/2026, 14:01 - Robin Hart: ${SECOND}\n`],
    ['WebVTT', webvtt, 'meeting.vtt', `WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Sam Lee>${BODY}</v>\n\n2\n00:00:03.000 --> 00:00:04.000\n<v Robin Hart>${SECOND}</v>\n`],
  ];
  for (const [name, parser, file, text] of cases) {
    it(name, () => {
      expect(texts(parser, text, file)).toEqual([['Sam Lee', BODY], ['Robin Hart', `${SECOND}`]]);
    });
  }
});

describe('rawTail', () => {
  it('maps the end of a cleaned line back to the raw line, marks between header and text going with the text', () => {
    const raw = `${LRM}00:01:05\tSam\u00A0Lee:\t${RLM}hi\u00A0there`;
    const cleaned = cleanHeader(raw);
    expect(cleaned).toBe('00:01:05\tSam Lee:\thi there');
    expect(rawTail(raw, cleaned, 'hi there')).toBe(`${RLM}hi\u00A0there`);
    // Nothing dropped, a space changed: the same place.
    const spaced = 'Sam\u00A0Lee: a\u00A0b';
    expect(rawTail(spaced, cleanHeader(spaced), 'a b')).toBe('a\u00A0b');
    // A clean line is its own cleaned form: the tail as given.
    expect(rawTail('Sam: hi', 'Sam: hi', 'hi')).toBe('hi');
    expect(originalIndex(`${LRM}${LRM}ab${RLM}c`, 3)).toBe(6);
  });
});

describe('a line separator inside a text', () => {
  // U+2028 is no line end in these files (lines end at LF, CRLF or CR), so a header line holding one is still a header.
  it('leaves a Zoom cloud or .sbv header line a message of its own', () => {
    const cloud = `00:01:05\tSam Lee:\tfirst\n00:01:09\tRobin Hart:\tone\u2028two\n`;
    expect(texts(zoomCloud, cloud, 'chat.txt')).toEqual([['Sam Lee', 'first'], ['Robin Hart', 'one\u2028two']]);
    const meet = `0:00:01.000,0:00:02.000\nSam Lee: first\n\n0:00:03.000,0:00:04.000\nRobin Hart: one\u2028two\n`;
    expect(texts(sbv, meet, 'chat.sbv')).toEqual([['Sam Lee', 'first'], ['Robin Hart', 'one\u2028two']]);
  });
});
