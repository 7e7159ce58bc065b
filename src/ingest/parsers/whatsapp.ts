/**
 * WhatsApp "Export chat" text, Android and iOS, alone or as the `_chat.txt` of the
 * zip that iOS shares. Header grammar in `../whatsapp-header.ts`; which date field
 * is the day is decided once over the whole file (`../whatsapp-date.ts`).
 */
import { InputError } from '../../errors.js';
import type { BundleEntry, ChatExport, DateOrder, Diagnostic, Message, ParseSource } from '../../types.js';
import { singleText } from '../bundle-paths.js';
import { decode } from '../decode.js';
import { ClockInterner, Interner } from '../intern.js';
import { whatsappFileName, whatsappGroupName } from '../keywords/whatsapp.js';
import { lineParser, type Lines, linesOf, TextLines } from '../lines.js';
import { clockTime, finishExport, isBlank, isoDate, joinBody, splitLines, warning } from '../text.js';
import { classifyRecord, type Draft } from '../whatsapp-classify.js';
import { DateSample, orderFields, PackedDates } from '../whatsapp-date.js';
import { authorOf, newStamp, quickStamp, readHeader, type HeaderStyle } from '../whatsapp-header.js';
import { PlainRecords } from '../whatsapp-plain-record.js';

const format = 'whatsapp';

const chatTxt = (entries: readonly BundleEntry[]) => singleText(entries, /\.txt$/i);

/** The chat's name from `WhatsApp Chat - Name.zip` or `WhatsApp Chat with Name.txt`, in any path segment. */
const nameFromPath = (file: string): string | undefined =>
  file.split(/[\\/]/).map((p) => whatsappFileName.exec(p)?.[1]).findLast((n) => n !== undefined);

export const whatsapp = lineParser({
  format,
  platform: 'WhatsApp',
  description: 'WhatsApp "Export chat" text (Android or iOS), or the iOS zip with _chat.txt and media',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 60).filter((l) => readHeader(l)).length;
    const base = hits >= 3 ? 0.9 : hits === 2 ? 0.8 : hits === 1 ? 0.6 : 0;
    return base > 0 && whatsappFileName.test(name.split(/[\\/]/).at(-1) ?? '') ? Math.min(1, base + 0.05) : base;
  },
  detectBundle(entries, name) {
    const txt = chatTxt(entries);
    // Exactly one .txt (media aside): the iOS "Export chat" zip.
    return txt ? this.detect(decode(txt.bytes.subarray(0, 4096), txt.path), `${name}/${txt.path}`) : 0;
  },
  parseBundle(entries, source) {
    const txt = chatTxt(entries);
    if (!txt) throw new InputError(source.file, 'not a WhatsApp export: expected exactly one .txt file in it');
    const file = `${source.file}/${txt.path}`;
    return this.parseLines(linesOf(txt.bytes, file), { ...source, file });
  },
  parseLines: (lines, source) => readWhatsApp(lines, source, true),
});

/**
 * One pass that takes the first header's style and no chat names; a file whose
 * majority style differs, or where a chat name turns out to be an author, is
 * read again with what the first pass learnt. Times wait for the date order.
 * `quick: false` reads every record the general way: the reference the tests hold the quick way to.
 */
export function readWhatsApp(lines: Lines, source: ParseSource, quick: boolean): ChatExport {
  // Text in memory is checked once for the line terminators that stop a header (see `quickStamp`), not line by line.
  const mode: Mode = !quick ? 'general' : lines instanceof TextLines && !hasTerminator(lines.text()) ? 'quick' : 'quick-checked';
  let pass = readPass(lines, source, undefined, new Set(), mode);
  if (pass.style === undefined) throw new InputError(source.file, 'not a WhatsApp chat: no "date, time - Name: text" lines');
  const style: HeaderStyle = pass.ios > pass.android ? 'ios' : 'android';
  const title = nameFromPath(source.file) ?? groupName(pass.groupLines);
  const names = chatNames(pass.groupLines, pass.authors, title);
  if (style !== pass.style || [...names].some((n) => pass.names.has(n))) {
    lines.rewind();
    pass = readPass(lines, source, style, names, mode);
  }
  const order = source.dateOrder ?? pass.dates.order();
  settleTimes(pass, order, source.file);
  const { messages, warnings } = pass;
  return finishExport({ format, platform: 'WhatsApp', dateFromTimes: true, ...(title ? { title } : {}) }, messages, warnings);
}

/** How records are read: all the general way, or common ones by hand (line terminators ruled out for the whole text, or checked per line). */
type Mode = 'general' | 'quick' | 'quick-checked';

// Three searches for one character each beat one regex over the whole text.
const hasTerminator = (text: string): boolean => text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');

/** What one pass over the lines gives: messages with provisional times, and what the file-wide decisions need. */
interface Pass {
  /** The style taken as the file's (the first header's on a first pass). */
  style: HeaderStyle | undefined;
  ios: number;
  android: number;
  messages: Message[];
  warnings: Diagnostic[];
  /** Per message, its date fields packed (`packDate`); its `time` holds the clock until the order is known. */
  packed: PackedDates;
  dates: DateSample;
  /** Names records were classified under, to tell whether chat names would have changed any. */
  names: Set<string>;
  /** `rest` of every record with a group word, in file order. */
  groupLines: string[];
  /** The `Name: ` of every record (undefined for none), as `chatNames` counts authors. */
  authors: Set<string | undefined>;
}

// A time whose clock could not be read; replaced or dropped once the order is known.
const NO_CLOCK = '?';

function readPass(lines: Lines, source: ParseSource, fixed: HeaderStyle | undefined, names: ReadonlySet<string>, mode: Mode): Pass {
  const pass: Pass = {
    style: fixed, ios: 0, android: 0, messages: [], warnings: [], packed: new PackedDates(), dates: new DateSample(),
    names: new Set(), groupLines: [], authors: new Set(),
  };
  const context = { file: source.file, format, chatNames: names, names: new Interner() };
  const plainRecords = new PlainRecords(context, pass.authors);
  const stamp = newStamp();
  const clocks = new Interner();
  // The open record: its header line, its draft once it has more lines (or was read the general way), and its message as read so far.
  let open = false;
  let openLine = '';
  let openNo = 0;
  let openTime = '';
  let draft: Draft | undefined;
  // Classified as soon as its header is read, while the line is at hand; again if more lines follow.
  let provisional: Message | undefined;
  const classify = (d: Draft): Message => {
    const m = classifyRecord(d, context);
    // Most records are one line: joinBody of one line is the line, or '' when blank.
    m.text = m.text.includes('\n') ? joinBody(m.text.split('\n')) : isBlank(m.text) ? '' : m.text;
    return m;
  };
  const finish = () => {
    const m = draft === undefined || draft.more.length === 0 ? provisional! : classify(draft);
    if (m.author !== undefined) pass.names.add(m.author);
    pass.messages.push(m);
  };
  /** Counts a header of `style`; whether it starts a record (a header of the other style is a pasted line in a body). */
  const takes = (style: HeaderStyle): boolean => {
    if (style === 'ios') pass.ios++;
    else pass.android++;
    pass.style ??= style;
    return style === pass.style;
  };
  for (let line = lines.next(); line !== undefined; line = lines.next()) {
    // A header starts with `[` or a digit, or with a mark the cleaning drops; most body lines stop here.
    const c0 = line.charCodeAt(0);
    const maybe = c0 === 91 || (c0 >= 48 && c0 <= 57) || c0 >= 0x80;
    const at = maybe && c0 < 0x80 && mode !== 'general' ? quickStamp(line, stamp, mode === 'quick') : -1;
    if (at >= 0 && (pass.style === undefined || pass.style === (stamp.ios ? 'ios' : 'android'))) {
      const time = stamp.clock < 0 ? NO_CLOCK : clockText(stamp.clock);
      const m = plainRecords.read(line, at, stamp.ios, lines.line, time);
      if (m !== undefined) {
        takes(stamp.ios ? 'ios' : 'android');
        if (open) finish();
        pass.dates.addFields(stamp.a, stamp.b, stamp.c, stamp.yearFirst);
        pass.packed.pushFields(stamp.a, stamp.b, stamp.c, stamp.yearFirst);
        // (The line does not end in a quote: no group name. Its author is counted by `read`.)
        open = true;
        openLine = line;
        openNo = lines.line;
        openTime = time;
        draft = undefined;
        m.text = lines.own(line, m.text);
        provisional = m;
        continue;
      }
    }
    const h = maybe ? readHeader(line) : undefined;
    if (h && takes(h.style)) {
      if (open) finish();
      pass.dates.add(h.date);
      pass.packed.push(h.date);
      // Every group-name row ends in a quote: most records need no search for the words.
      if (h.rest.charCodeAt(h.rest.length - 1) === 34 && groupWord.test(h.rest)) pass.groupLines.push(h.rest);
      pass.authors.add(authorOf(h.rest));
      const clock = clockTime(h.hours, h.minutes, h.seconds, h.meridiem);
      open = true;
      draft = { line: lines.line, time: clock === undefined ? NO_CLOCK : clocks.get(clock), style: h.style, header: h, first: line.slice(h.restAt), more: [] };
      provisional = classify(draft);
      provisional.text = lines.own(line, provisional.text);
    } else if (open) {
      // A record read the quick way gets its draft once it has a second line.
      if (draft === undefined) {
        const header = readHeader(openLine)!;
        draft = { line: openNo, time: openTime, style: header.style, header, first: openLine.slice(header.restAt), more: [] };
      }
      draft.more.push(line);
    } else if (line.trim() !== '') pass.warnings.push(warning(source.file, lines.line, 'line before the first WhatsApp message; skipped'));
  }
  if (open) finish();
  return pass;
}

// `HH:MM:SS` per second of the day, as `clockTime` writes it, made once each.
const clockTexts = new ClockInterner();
const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const clockText = (t: number): string => clockTexts.known(t) ?? clockTexts.add(t, `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}`);

/** Naive local time, `YYYY-MM-DDTHH:MM:SS`, as the phone showed it, once the order of the date fields is known. */
function settleTimes(pass: Pass, order: DateOrder, file: string): void {
  // Neighbours mostly share their date and minute: each is worked out again only when it changes.
  let lastPacked = -1;
  let date: string | undefined;
  let lastClock: string | undefined;
  let lastTime = '';
  const { messages, packed } = pass;
  for (let k = 0; k < messages.length; k++) {
    const m = messages[k]!;
    if (packed.packed(k) !== lastPacked) {
      lastPacked = packed.packed(k);
      const { year, month, day } = orderFields(packed.at(k), order);
      date = isoDate(year, month, day);
      lastClock = undefined;
    }
    if (date && m.time !== NO_CLOCK) {
      if (m.time !== lastClock) {
        lastClock = m.time;
        // One flat string, shared by the messages of its minute: neighbours are the only repeats worth finding.
        lastTime = [date, 'T', m.time].join('');
      }
      m.time = lastTime;
      continue;
    }
    delete m.time;
    pass.warnings.push(warning(file, m.line, `cannot read the date or time of this message as ${order}; try --date-order`));
  }
}

// Every `whatsappGroupName` row needs one of these (case-insensitive).
const groupWord = / created group | changed the /i;

/** The latest name the group was given in the chat itself. */
function groupName(groupLines: string[]): string | undefined {
  let name: string | undefined;
  for (const rest of groupLines) for (const re of whatsappGroupName) name = re.exec(rest)?.[1] ?? name;
  return name;
}

/**
 * Names an iOS system line may carry as its author. The file-name title counts only
 * in a group (a created-group line or three or more authors): in a one-to-one chat it
 * is the partner's name, and the partner's messages are real.
 */
function chatNames(groupLines: string[], authors: Set<string | undefined>, title: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const rest of groupLines) for (const re of whatsappGroupName) {
    const m = re.exec(rest);
    if (m) names.add(m[1]!);
  }
  if (title && (names.size > 0 || authors.size >= 3)) names.add(title);
  return names;
}
