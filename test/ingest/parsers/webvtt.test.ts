import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../src/ingest/read-export.js';
import { webvtt } from '../../../src/ingest/parsers/webvtt.js';

const parse = (text: string, file = 'talk.vtt') => webvtt.parse(text, { file });
const texts = (text: string) => parse(text).messages.map((m) => [m.time, m.author, m.text]);

describe('webvtt', () => {
  it('reads SubRip captions (.srt) as headerless cues: detected by name, with no header warning and no platform guessed', async () => {
    const { detectParser } = await import('../../../src/ingest/detect.js');
    const srt = '1\n00:00:01,000 --> 00:00:04,200\nRobin Hart: Welcome\n\n2\n00:00:05,000 --> 00:00:07,500\nSam Okafor: Agenda?\n';
    expect(detectParser(srt, 'captions.srt').format).toBe('webvtt');
    expect(() => detectParser(srt, 'captions.txt')).toThrow(/cannot tell the format/);
    const out = parse(srt, 'captions.srt');
    expect(out.messages.map((m) => [m.time, m.author, m.text])).toEqual([['00:00:01', 'Robin Hart', 'Welcome'], ['00:00:05', 'Sam Okafor', 'Agenda?']]);
    expect(out.warnings).toEqual([]);
    expect(out.platform).toBeUndefined();
    // The same cues called .vtt: a header is expected there, and `Name: text` cues say Zoom.
    const vtt = parse(srt, 'captions.vtt');
    expect(vtt.warnings.map((w) => w.message)).toEqual(['no WEBVTT header; read as cues anyway']);
    expect(vtt.platform).toBe('Zoom');
  });

  it('reads Graph unpadded timings (0:0:5.320) that strict parsers reject', () => {
    const out = texts('WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v Priya Nair>One.</v>\n\n0:1:2.75 --> 0:1:9.0\n<v Sam Okafor>Two.</v>\n');
    expect(out).toEqual([['00:00:00', 'Priya Nair', 'One.'], ['00:01:02', 'Sam Okafor', 'Two.']]);
  });

  it('reads mm:ss.ttt without hours and SRT-style comma decimals', () => {
    expect(texts('WEBVTT\n\n01:05.500 --> 01:07.000\nFirst\n\n00:02:03,250 --> 00:02:04,000\nSecond\n').map((m) => m[0])).toEqual(['00:01:05', '00:02:03']);
  });

  it('takes the speaker from <v Name> with and without </v>, keeping no tag in the text', () => {
    const out = parse('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Robin Hart>Open tag only\n\n00:00:03.000 --> 00:00:04.000\n<v.loud Sam Okafor>Closed <i>tag</i></v>\n').messages;
    expect(out.map((m) => [m.author, m.text])).toEqual([['Robin Hart', 'Open tag only'], ['Sam Okafor', 'Closed tag']]);
  });

  it('does not read a Teams GUID cue id as text, and merges one speaker split over cues', () => {
    const g = '3f2c9a1e-5b7d-4c1a-9e8f-0a1b2c3d4e5f';
    const text = `WEBVTT\n\n${g}/12-0\n00:00:03.120 --> 00:00:06.480\n<v Robin Hart>Okay, let's start.</v>\n\n${g}/12-1\n00:00:06.480 --> 00:00:09.000\n<v Robin Hart>Introductions first.</v>\n\n${g}/13-0\n00:00:09.200 --> 00:00:11.900\n<v Sam Okafor>Morning.</v>\n`;
    const out = parse(text);
    expect(out.platform).toBe('MS Teams');
    expect(out.messages.map((m) => [m.line, m.author, m.text])).toEqual([
      [3, 'Robin Hart', "Okay, let's start. Introductions first."],
      [11, 'Sam Okafor', 'Morning.'],
    ]);
  });

  it('sorts interleaved cues by start time, source order breaking ties, and says so', () => {
    const out = parse('WEBVTT\n\n00:00:09.000 --> 00:00:10.000\n<v B>later</v>\n\n00:00:01.000 --> 00:00:02.000\n<v A>earlier</v>\n\n00:00:09.000 --> 00:00:11.000\n<v C>tie, second in file</v>\n');
    expect(out.messages.map((m) => m.author)).toEqual(['A', 'B', 'C']);
    expect(out.warnings.map((w) => w.message)).toContain('cues were out of time order; sorted by start time');
  });

  it('skips NOTE, STYLE and REGION blocks, even ones that look like cues', () => {
    const text = 'WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\n\nNOTE Confidence: 0.91\nsome note text\n\nNOTE\n00:00:00.000 --> 00:00:01.000\n\n00:00:00.000 --> 00:00:04.060\nWelcome to the meeting.\n';
    expect(texts(text)).toEqual([['00:00:00', undefined, 'Welcome to the meeting.']]);
  });

  it('decodes entities once and joins wrapped payload lines', () => {
    const out = texts('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Q&amp;A &lt;today&gt;&nbsp;at\nthe &amp;amp; end</v>\n');
    expect(out[0]![2]).toBe('Q&A <today> at the &amp; end');
  });

  it("splits two speakers in one cue, both on the cue's line", () => {
    const out = parse('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Hi</v>\n<v B>Hello</v>\n').messages;
    expect(out.map((m) => [m.line, m.author, m.text])).toEqual([[3, 'A', 'Hi'], [3, 'B', 'Hello']]);
  });

  it('reads Zoom payloads "Name: text"; a cue without a name continues the speaker', () => {
    const out = parse('WEBVTT\n\n1\n00:00:01.230 --> 00:00:04.560\nRobin Hart: Okay.\n\n2\n00:00:05.010 --> 00:00:07.300\nSam Okafor: Note: bring pens.\n\n3\n00:00:07.400 --> 00:00:08.000\nand paper.\n');
    expect(out.platform).toBe('Zoom');
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([['Robin Hart', 'Okay.'], ['Sam Okafor', 'Note: bring pens. and paper.']]);
  });

  it('keeps a "Word: text" caption whole when the file is not Zoom style', () => {
    const out = parse('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWelcome to the meeting.\n\n00:00:03.000 --> 00:00:04.000\nNote: this is recorded.\n\n00:00:05.000 --> 00:00:06.000\nThanks.\n');
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([[undefined, 'Welcome to the meeting.'], [undefined, 'Note: this is recorded.'], [undefined, 'Thanks.']]);
  });

  it('keeps negative offsets (transcription began late) and strips a leading @ from names', () => {
    expect(texts('WEBVTT\n\n-0:0:2.0 --> 0:0:1.0\n<v @Jordan Lee>Late start.</v>\n')).toEqual([['-00:00:02', 'Jordan Lee', 'Late start.']]);
  });

  it('reads Graph metadataContent payloads (JSON with speakerName and spokenText)', () => {
    const out = texts('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n{"startDateTime":"2026-03-13T14:00:00Z","speakerName":"Priya Nair","spokenText":"Hello all.","spokenLanguage":"en-gb"}\n');
    expect(out).toEqual([['00:00:00', 'Priya Nair', 'Hello all.']]);
  });

  it('is detected after a BOM through parseExport', () => {
    const bytes = new TextEncoder().encode('\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Hi</v>\n');
    expect(parseExport(bytes, { file: 'meeting.vtt' }).format).toBe('webvtt');
  });

  it('turns offsets into clock times when the file name carries the Teams recording stamp', () => {
    const out = parse('WEBVTT\n\n0:1:5.0 --> 0:1:6.0\n<v A>Hi</v>\n', 'Peer Space-20260313_140012-Meeting Recording.vtt');
    expect(out.messages[0]!.time).toBe('2026-03-13T14:01:17');
    expect(out.date).toBe('2026-03-13');
    expect(out.warnings[0]!.message).toMatch(/recording start in the file name/);
  });

  it('throws "not WebVTT" when there is no cue at all', () => {
    expect(() => parse('WEBVTT\n\nNOTE nothing here\n')).toThrow(/not a WebVTT file/);
  });

  it('keeps the first cue of a file with no blank line after the WEBVTT header', () => {
    const out = parse('WEBVTT\n00:00:01.000 --> 00:00:02.000\n<v Robin Hart>Welcome</v>\n\n00:00:03.000 --> 00:00:04.000\n<v Sam Okafor>Thanks</v>\n');
    expect(out.messages.map((m) => [m.line, m.author, m.text])).toEqual([[2, 'Robin Hart', 'Welcome'], [5, 'Sam Okafor', 'Thanks']]);
    expect(out.warnings).toEqual([]);
  });
});
