/** Zoom `meeting_saved_chat.txt`, layouts Z1, Z2 (one line per header) and Z3 (header line + TAB body). */
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, Parser } from '../../types.js';
import { anyOf, zoomKeywords } from '../keywords/zoom.js';
import { addDays, cleanHeader, finishExport, joinBody, message, splitLines, warning } from '../text.js';
import { readBody } from '../zoom-body.js';
import { splitParties, type Parties } from '../zoom-parties.js';

const from = anyOf(zoomKeywords.from);
/** Z1/Z2: `10:01:05⇥ From  Robin Hart : text` (a TAB, maybe a space, before `From`). */
const oneLine = new RegExp(`^(\\d{1,2}):(\\d{2}):(\\d{2})\\t ?${from}\\s+(.+?)\\s:(?:\\s(.*))?$`);
/** Z3: `14:02:11 From Robin Hart to Everyone:` with the body on TAB-indented lines. */
const twoLine = new RegExp(`^(\\d{1,2}):(\\d{2}):(\\d{2}) ${from}\\s+(.+?)\\s*:\\s*$`);

interface Record {
  line: number;
  seconds: number;
  clock: string;
  parties: string;
  body: string[];
  tabbed: boolean;
}

const format = 'zoom';

export const zoom: Parser = {
  format,
  platform: 'Zoom',
  description: 'Zoom meeting_saved_chat.txt (local save), layouts Z1, Z2 and Z3, English and German keywords',
  detect(head, name) {
    const lines = splitLines(head).slice(0, 60).map(cleanHeader);
    const hits = lines.filter((l) => oneLine.test(l) || twoLine.test(l)).length;
    if (hits === 0) return 0;
    const bonus = /(?:^|[\\/])(?:meeting_saved_chat|chat)\.txt$/i.test(name) ? 0.05 : 0;
    return Math.min(1, (hits >= 3 ? 0.9 : hits === 2 ? 0.8 : 0.6) + bonus);
  },
  parse(text, source) {
    const warnings: Diagnostic[] = [];
    const records = readRecords(splitLines(text), source.file, warnings);
    if (records.length === 0) throw new InputError(source.file, 'not a Zoom chat: no "HH:MM:SS From ..." lines');
    const known = knownSenders(records);
    // Few distinct sender/recipient strings recur many times: split each once against the final `known`.
    const parties = new Map<string, Parties>();
    const messages: Message[] = [];
    let day = 0;
    let previous: number | undefined;
    let date = source.date ? addDays(source.date, 0) : undefined;
    for (const r of records) {
      // Local saves have no date; a jump back by more than an hour means the meeting crossed midnight.
      if (previous !== undefined && previous - r.seconds > 3600) {
        day++;
        if (source.date) date = addDays(source.date, day);
      }
      previous = r.seconds;
      const time = date ? `${date}T${r.clock}` : r.clock;
      let split = parties.get(r.parties);
      if (split === undefined) parties.set(r.parties, (split = splitParties(r.parties, known)));
      const { author, to, ambiguous } = split;
      if (ambiguous) warnings.push(warning(source.file, r.line, `cannot tell sender from recipient in "${r.parties.trim()}"; took "${author}"`));
      const body = readBody(joinBody(r.body), messages.at(-1)?.id);
      messages.push(message(format, source.file, r.line, { time, author, to, ...body }));
    }
    if (day > 0 && !source.date) {
      warnings.push(warning(source.file, undefined, 'the chat crosses midnight but has no date; pass --date to order the times'));
    }
    return finishExport({ format, platform: 'Zoom', date: source.date }, messages, warnings);
  },
};

function readRecords(lines: string[], file: string, warnings: Diagnostic[]): Record[] {
  const records: Record[] = [];
  lines.forEach((raw, i) => {
    // Headers start with a digit once cleaned: a plain first character that is not one rules the line out.
    const c = raw.charCodeAt(0);
    const maybe = (c >= 48 && c <= 57) || c >= 0x80;
    const head = maybe ? cleanHeader(raw) : '';
    const one = maybe ? oneLine.exec(head) : null;
    const m = one ?? (maybe ? twoLine.exec(head) : null);
    if (m) {
      const [h, min, s] = [m[1]!, m[2]!, m[3]!];
      const tabbed = one === null;
      const first = one?.[5];
      records.push({
        line: i + 1,
        seconds: Number(h) * 3600 + Number(min) * 60 + Number(s),
        clock: `${h.padStart(2, '0')}:${min}:${s}`,
        parties: m[4]!,
        body: tabbed ? [] : [first ?? ''],
        tabbed,
      });
      return;
    }
    const current = records.at(-1);
    // Z3 bodies carry one leading TAB; Z1/Z2 continuation lines are bare.
    if (current) current.body.push(current.tabbed && raw.startsWith('\t') ? raw.slice(1) : raw);
    else if (raw.trim() !== '') warnings.push(warning(file, i + 1, 'line before the first Zoom message; skipped'));
  });
  return records;
}

/** Senders of lines whose recipient part is unambiguous, to split the ambiguous ones. */
function knownSenders(records: Record[]): Set<string> {
  const known = new Set<string>();
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.parties)) continue;
    seen.add(r.parties);
    const parties = splitParties(r.parties);
    if (!parties.ambiguous) known.add(parties.author);
  }
  return known;
}
