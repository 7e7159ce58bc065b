/** WebVTT transcripts: Teams (`<v Name>`), Graph transcript content, Zoom (`Name: text`), Stream and generic captions. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message } from '../../types.js';
import { Interner } from '../intern.js';
import { lineParser } from '../lines.js';
import { decodeEntities } from '../html-text.js';
import { recordingStartFromName, timeAfter, type RecordingStart } from '../recording-start.js';
import { chatMessage, finishExport, splitLines, warning } from '../text.js';
import { CueReader, offsetClock, readTiming, type Cue } from '../vtt-cues.js';

const format = 'webvtt';

interface Turn {
  line: number;
  start: number;
  author?: string;
  /** The turn's first piece of text; `more` holds it and the rest once there is a second. */
  text: string;
  more?: string[];
}

const voiceTag = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;
const anyTag = /<[^>]*>/g;
// Zoom puts the speaker in the payload; a name is short and has no markup.
const namePrefix = /^([^:<>\n]{1,60}?): (.*)$/s;
const teamsCueId = /^[0-9a-fA-F-]{16,}\/\d+-\d+$/;
const CUE_FILE = /\.(?:vtt|srt)$/i;

/** Payload markup to text: tags go (`<c>`, `<i>`, `<00:00:01.000>`), entities are decoded, wrapped lines joined. */
const plain = (s: string): string => {
  // Most payloads end in the voice span's one closing tag: cut it off without the regex.
  const lt = s.indexOf('<');
  const untagged = lt === -1 ? s : lt === s.length - 4 && s.endsWith('</v>') ? s.slice(0, lt) : s.replace(anyTag, '');
  const text = decodeEntities(untagged);
  return (text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text).trim();
};

// Anonymised Teams users carry a leading `@` (reported by a Rust VTT module).
const speaker = (s: string | undefined): string | undefined => {
  if (s === undefined) return undefined;
  const t = s.trim();
  return (t.charCodeAt(0) === 64 ? t.slice(1) : t) || undefined;
};

// The speaker of the cue `singleVoice` last read, beside the text it returns: no object or array per cue.
let voiceAuthor: string | undefined;

/**
 * The usual Teams cue, one voice span (`<v Name>text</v>`), read without the tag regex: its
 * text, with its speaker in `voiceAuthor`; undefined for any other payload.
 */
function singleVoice(payload: string): string | undefined {
  if (payload.charCodeAt(2) !== 32 || !payload.startsWith('<v') || payload.indexOf('<v', 2) !== -1) return undefined;
  const close = payload.indexOf('>');
  if (close === -1) return undefined;
  let at = 3;
  while (payload.charCodeAt(at) === 32 || payload.charCodeAt(at) === 9) at++;
  voiceAuthor = speaker(payload.slice(at, close));
  return plain(payload.slice(close + 1));
}

/** One cue's payload as (speaker, text) pieces; a cue may hold several `<v>` spans. The one-span cue is `singleVoice`'s, read before. */
function pieces(cue: Cue, zoomStyle: boolean): { author?: string; text: string }[] {
  const payload = cue.payload;
  if (payload.startsWith('{')) {
    const meta = graphMetadata(payload);
    if (meta) return [meta];
  }
  if (payload.includes('<v')) {
    const out: { author?: string; text: string }[] = [];
    const tags = [...payload.matchAll(voiceTag)];
    const before = plain(payload.slice(0, tags[0]?.index ?? payload.length));
    if (before) out.push({ text: before });
    tags.forEach((m, k) => {
      const text = plain(payload.slice(m.index + m[0].length, tags[k + 1]?.index ?? payload.length));
      const author = speaker(m[1]);
      out.push(author ? { author, text } : { text });
    });
    return out;
  }
  const text = plain(payload);
  const m = zoomStyle ? namePrefix.exec(text) : null;
  return m ? [{ author: m[1]!.trim(), text: m[2]!.trim() }] : [{ text }];
}

/** Graph `metadataContent`: each payload is `{"speakerName","spokenText",…}`. */
function graphMetadata(payload: string): { author?: string; text: string } | undefined {
  try {
    const v = JSON.parse(payload) as { speakerName?: unknown; spokenText?: unknown };
    if (typeof v.spokenText !== 'string') return undefined;
    return typeof v.speakerName === 'string' && v.speakerName ? { author: v.speakerName, text: v.spokenText } : { text: v.spokenText };
  } catch {
    return undefined;
  }
}

/** Zoom style when no cue has a voice tag and most payloads start `Name: `. */
function isZoomStyle(cues: Cue[]): boolean {
  const sample = cues.slice(0, 200);
  if (sample.length === 0 || sample.some((c) => c.payload.includes('<v'))) return false;
  const named = sample.filter((c) => namePrefix.test(c.payload.split('\n', 1)[0]!)).length;
  return named / sample.length >= 0.6;
}

function platformOf(head: string, voice: boolean, ids: string[], zoomStyle: boolean): string | undefined {
  if (zoomStyle) return 'Zoom';
  if (ids.some((id) => teamsCueId.test(id)) || voice) return 'MS Teams';
  if (/^NOTE Confidence/m.test(head)) return 'Microsoft Stream';
  return undefined;
}

export const webvtt = lineParser({
  format,
  platform: 'WebVTT',
  description: 'WebVTT transcript (.vtt) from Teams, Zoom, Stream or Graph, or SubRip captions (.srt); times are offsets from the recording start',
  detect(head, name) {
    if (/^WEBVTT(?:[ \t]|\n|$)/.test(head)) return 0.95;
    // A headerless file of cues still reads as VTT when it is called .vtt, or .srt (SubRip: the same cues, comma decimals, no header).
    const timings = splitLines(head).slice(0, 60).filter((l) => readTiming(l) !== undefined).length;
    return timings > 0 && CUE_FILE.test(name) ? 0.7 : 0;
  },
  /** Cues become turns and turns messages as they are read; cues out of time order are read again, all at once, and sorted. */
  parseLines(lines, source) {
    const head = lines.head(4096);
    let reader = new CueReader(lines);
    // Zoom style is decided on the first 200 cues, so those wait.
    const sample: Cue[] = [];
    for (let c = reader.next(); c !== undefined; c = sample.length < 200 ? reader.next() : undefined) sample.push(c);
    const zoomStyle = isZoomStyle(sample);
    const warnings: Diagnostic[] = [];
    const rec = recordingStartFromName(source.file);
    let out = readTurns(sample, reader, zoomStyle, rec, source.file);
    let sorted = true;
    if (out === undefined) {
      // Teams interleaves cues; the source order breaks ties (Array#sort is stable).
      sorted = false;
      lines.rewind();
      reader = new CueReader(lines);
      const all: Cue[] = [];
      for (let c = reader.next(); c !== undefined; c = reader.next()) all.push(c);
      all.sort((a, b) => a.start - b.start);
      out = readTurns(all, undefined, zoomStyle, rec, source.file)!;
    }
    if (out.cues === 0) throw new InputError(source.file, 'not a WebVTT file: no "start --> end" cue timings');
    for (const l of reader.bad) warnings.push(warning(source.file, l, 'block without a cue timing; skipped'));
    // SubRip (.srt) never has the header: only a .vtt without one is worth a word.
    const srt = /\.srt$/i.test(source.file);
    if (!head.startsWith('WEBVTT') && !srt) warnings.push(warning(source.file, 1, 'no WEBVTT header; read as cues anyway'));
    if (!sorted) warnings.push(warning(source.file, undefined, 'cues were out of time order; sorted by start time'));
    // Offsets stay offsets unless the file name says when the recording started.
    if (rec) warnings.push(warning(source.file, undefined, `times are offsets from the recording start in the file name ("${rec.from}")`));
    const { messages } = out;
    if (messages.length === 0) throw new InputError(source.file, 'WebVTT file has cues but no text');
    // `Name: text` cues say Zoom in a .vtt; SubRip files come from many caption tools, so they name none.
    const platform = platformOf(head.slice(0, 4096), reader.voice, reader.ids, zoomStyle && !srt);
    const meta = { format, platform, offsets: rec?.offset !== undefined || !rec };
    return finishExport(rec ? { ...meta, date: rec.local.slice(0, 10) } : meta, messages, warnings);
  },
});

/**
 * Cues in order (`first`, then the rest of `reader`) to messages, a turn at a
 * time; undefined as soon as a cue starts before the one above it.
 */
function readTurns(first: Cue[], reader: CueReader | undefined, zoomStyle: boolean, rec: RecordingStart | undefined, file: string): { messages: Message[]; cues: number } | undefined {
  const messages: Message[] = [];
  const names = new Interner();
  let turn: Turn | undefined;
  const finish = (t: Turn) => {
    const time = rec ? timeAfter(rec, t.start) : offsetClock(t.start);
    messages.push(chatMessage(file, t.line, time, t.author, t.more === undefined ? t.text : t.more.join(' ')));
  };
  /** A piece of a cue: more of the open turn when its speaker goes on, else the start of a new turn. */
  const take = (cue: Cue, author: string | undefined, text: string) => {
    if (turn && author !== undefined && turn.author === author) {
      if (text) (turn.more ??= [turn.text]).push(text);
    } else if (text) {
      if (turn) finish(turn);
      const who = author === undefined ? undefined : names.get(author);
      turn = who === undefined ? { line: cue.line, start: cue.start, text } : { line: cue.line, start: cue.start, author: who, text };
    }
  };
  let previous = -Infinity;
  let count = 0;
  let i = 0;
  for (let cue = first[i++] ?? reader?.next(); cue !== undefined; cue = i < first.length ? first[i++] : reader?.next()) {
    if (cue.start < previous) return undefined;
    previous = cue.start;
    count++;
    // A Zoom cue without a name continues the speaker before it.
    const one = singleVoice(cue.payload);
    if (one !== undefined) {
      take(cue, voiceAuthor ?? (zoomStyle ? turn?.author : undefined), one);
      continue;
    }
    let author: string | undefined = turn?.author;
    for (const p of pieces(cue, zoomStyle)) {
      author = p.author ?? (zoomStyle ? author : undefined);
      take(cue, author, p.text);
    }
  }
  if (turn) finish(turn);
  return { messages, cues: count };
}
