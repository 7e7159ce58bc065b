/** WebVTT transcripts: Teams (`<v Name>`), Graph transcript content, Zoom (`Name: text`), Stream and generic captions. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { decodeEntities } from '../html-text.js';
import { recordingStartFromName, timeAfter } from '../recording-start.js';
import { finishExport, message, splitLines, warning } from '../text.js';
import { offsetClock, readCues, readTiming, type Cue } from '../vtt-cues.js';

const format = 'webvtt';

interface Turn {
  line: number;
  start: number;
  author?: string;
  text: string[];
}

const voiceTag = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;
const anyTag = /<[^>]*>/g;
// Zoom puts the speaker in the payload; a name is short and has no markup.
const namePrefix = /^([^:<>\n]{1,60}?): (.*)$/s;
const teamsCueId = /^[0-9a-fA-F-]{16,}\/\d+-\d+$/;

/** Payload markup to text: tags go (`<c>`, `<i>`, `<00:00:01.000>`), entities are decoded, wrapped lines joined. */
const plain = (s: string): string => {
  const text = decodeEntities(s.includes('<') ? s.replace(anyTag, '') : s);
  return (text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text).trim();
};

// Anonymised Teams users carry a leading `@` (reported by a Rust VTT module).
const speaker = (s: string | undefined): string | undefined => s?.trim().replace(/^@/, '') || undefined;

/** One cue's payload as (speaker, text) pieces; a cue may hold several `<v>` spans. */
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

function platformOf(text: string, ids: string[], zoomStyle: boolean): string | undefined {
  if (zoomStyle) return 'Zoom';
  if (ids.some((id) => teamsCueId.test(id)) || text.includes('<v ')) return 'MS Teams';
  if (/^NOTE Confidence/m.test(text.slice(0, 4096))) return 'Microsoft Stream';
  return undefined;
}

export const webvtt: Parser = {
  format,
  platform: 'WebVTT',
  description: 'WebVTT transcript (.vtt) from Teams, Zoom, Stream or Graph; times are offsets from the recording start',
  detect(head, name) {
    if (/^WEBVTT(?:[ \t]|\n|$)/.test(head)) return 0.95;
    // A headerless file of cues still reads as VTT when it is called .vtt.
    const timings = splitLines(head).slice(0, 60).filter((l) => readTiming(l) !== undefined).length;
    return timings > 0 && /\.vtt$/i.test(name) ? 0.7 : 0;
  },
  parse(text, source) {
    const { cues, bad, ids } = readCues(text);
    if (cues.length === 0) throw new InputError(source.file, 'not a WebVTT file: no "start --> end" cue timings');
    const warnings: Diagnostic[] = bad.map((l) => warning(source.file, l, 'block without a cue timing; skipped'));
    if (!text.startsWith('WEBVTT')) warnings.push(warning(source.file, 1, 'no WEBVTT header; read as cues anyway'));
    // Teams interleaves cues; the source order breaks ties (Array#sort is stable).
    const sorted = cues.every((c, k) => k === 0 || cues[k - 1]!.start <= c.start) ? cues : [...cues].sort((a, b) => a.start - b.start);
    if (sorted !== cues) warnings.push(warning(source.file, undefined, 'cues were out of time order; sorted by start time'));
    const zoomStyle = isZoomStyle(cues);
    const turns: Turn[] = [];
    for (const cue of sorted) {
      let author: string | undefined = turns.at(-1)?.author;
      for (const p of pieces(cue, zoomStyle)) {
        // A Zoom cue without a name continues the speaker before it.
        author = p.author ?? (zoomStyle ? author : undefined);
        const prev = turns.at(-1);
        if (prev && author !== undefined && prev.author === author) {
          if (p.text) prev.text.push(p.text);
        } else if (p.text) {
          turns.push(author === undefined ? { line: cue.line, start: cue.start, text: [p.text] } : { line: cue.line, start: cue.start, author, text: [p.text] });
        }
      }
    }
    // Offsets stay offsets unless the file name says when the recording started.
    const rec = recordingStartFromName(source.file);
    if (rec) warnings.push(warning(source.file, undefined, `times are offsets from the recording start in the file name ("${rec.from}")`));
    const perLine = new Map<number, number>();
    const messages: Message[] = turns.map((t) => {
      const time = rec ? timeAfter(rec, t.start) : offsetClock(t.start);
      const m = message(format, source.file, t.line, { time, author: t.author, text: t.text.join(' ') });
      // Two speakers in one cue share its line; the second and later get a suffix so ids stay unique.
      const k = (perLine.get(t.line) ?? 0) + 1;
      perLine.set(t.line, k);
      return k === 1 ? m : { ...m, id: `${format}:${t.line}.${k}` };
    });
    if (messages.length === 0) throw new InputError(source.file, 'WebVTT file has cues but no text');
    const head = { format, platform: platformOf(text, ids, zoomStyle), offsets: rec?.offset !== undefined || !rec };
    return finishExport(rec ? { ...head, date: rec.local.slice(0, 10) } : head, messages, warnings);
  },
};
