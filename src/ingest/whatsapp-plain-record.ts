/**
 * The common WhatsApp record read without the general classifier: one header line
 * `stamp Name: text` whose name has no marks and no system word, whose text has
 * no mark or space at either end and cannot be a placeholder. Such a record is an
 * ordinary message with the text as written, which is what `classifyRecord` gives
 * it; only its ends and the name are looked at, never the whole text. Anything
 * else is left to `readHeader` and `classifyRecord`.
 */
import type { Message } from '../types.js';
import { anyWord, endsWithWord, isMark, type ClassifyContext } from './whatsapp-classify.js';
import { slotOf } from './intern.js';
import { chatMessage, hasHeaderMarks, isHeaderMark } from './text.js';

interface Lead {
  /** `Name` as written: what `authorOf` gives for the record. */
  raw: string;
  /** The author as `classifyRecord` gives it. */
  name: string;
  /** The classifier must look: an Android system line may start so, or the name is the chat's. */
  general: boolean;
  /** `raw` is in the pass's author set already. */
  counted: boolean;
}

export class PlainRecords {
  private readonly leads = new Map<string, Lead>();
  private readonly recent: (Lead | undefined)[] = new Array<Lead | undefined>(256).fill(undefined);
  constructor(
    private readonly ctx: ClassifyContext,
    /** Every `Name` as written (as `chatNames` counts authors); each is added once, not per record. */
    private readonly authors: Set<string | undefined>,
  ) {}

  /**
   * The message of the header line `line` (rest at `restAt`), or undefined when
   * the general path must read it. `time` is the provisional time (the clock).
   */
  read(line: string, restAt: number, ios: boolean, lineNo: number, time: string): Message | undefined {
    // `Name: ` as `/^([^:]{1,80}?): /` reads it (a name with marks is left to the classifier).
    const colon = line.indexOf(':', restAt);
    if (colon <= restAt || colon - restAt > 80 || line.charCodeAt(colon + 1) !== 32) return undefined;
    const start = colon + 2;
    const n = line.length;
    if (start >= n) return undefined;
    // Solid ends: no mark or space to strip or trim. Not `<…`, `…>` (a placeholder, an edit marker) or `…"` (a group name).
    const first = line.charCodeAt(start);
    const last = line.charCodeAt(n - 1);
    if (!solid(first) || first === 60 || !solid(last) || last === 62 || last === 34) return undefined;
    if (mayEndAsPlaceholder(line, start, n, last)) return undefined;
    const lead = this.lead(line.slice(restAt, colon));
    if (lead.general && !ios) return undefined;
    if (ios && (lead.general || mayBeIosSystem(line, start, n))) return undefined;
    if (!lead.counted) {
      this.authors.add(lead.raw);
      lead.counted = true;
    }
    return chatMessage(this.ctx.file, lineNo, time, lead.name, line.slice(start));
  }

  private lead(raw: string): Lead {
    // A slot picked from a few characters and checked with === before the Map, which hashes the whole name.
    const slot = slotOf(raw);
    const hit = this.recent[slot];
    if (hit !== undefined && hit.raw === raw) return hit;
    const known = this.leads.get(raw);
    if (known !== undefined) return (this.recent[slot] = known);
    // As `classifyRecord` takes the name: `replace(/^~\s*/, '').trim()`, one copy per name.
    const found = raw.charCodeAt(0) === 126 ? raw.replace(/^~\s*/, '').trim() : raw.trim();
    const name = this.ctx.names ? this.ctx.names.get(found) : found;
    const lead = { raw, name, general: this.ctx.chatNames.has(name) || anyWord.test(raw) || hasHeaderMarks(raw), counted: false };
    if (this.leads.size >= 4096) this.leads.clear();
    this.leads.set(raw, lead);
    return (this.recent[slot] = lead);
  }
}

/** A character that neither `trim`, the mark stripping nor the header cleaning removes from an end. */
const solid = (c: number): boolean =>
  c > 32 && (c < 127 || (c >= 0xa0 && !isHeaderMark(c) && c !== 0x1680 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x2028 && c !== 0x2029 && c !== 0x205f && c !== 0x3000 && c !== 0xfeff));

/**
 * Whether the text (from `start`, solid at both ends) could be a placeholder as
 * `mayBePlaceholder` sees it once marks are dropped: ending `(file attached)`,
 * `omitted`, `deleted`, `message` or `null` (with or without a full stop). Only
 * texts whose last letter could end such a word look further: at their last
 * characters, which must then hold no mark.
 */
function mayEndAsPlaceholder(line: string, start: number, n: number, last: number): boolean {
  let end = n;
  if (last === 46) {
    end--;
    if (end > start && isHeaderMark(line.charCodeAt(end - 1))) return true;
  }
  const z = line.charCodeAt(end - 1) | 0x20;
  if (last !== 41 && z !== 100 && z !== 101 && z !== 108) return false;
  for (let k = n - 10 > start ? n - 10 : start; k < n; k++) if (line.charCodeAt(k) >= 0x80) return true;
  if (last === 41) return endsWithWord(line, n, 'attached)');
  return endsWithWord(line, end, 'omitted') || endsWithWord(line, end, 'deleted') || endsWithWord(line, end, 'message') || endsWithWord(line, end, 'null');
}

/**
 * Whether an iOS text (from `start`) could be a system or action line: a word of
 * theirs before its first colon, or a mark there that the classifier would drop first.
 */
function mayBeIosSystem(line: string, start: number, n: number): boolean {
  const colon = line.indexOf(':', start);
  const end = colon === -1 ? n : colon;
  for (let k = start; k < end; k++) if (isMark(line.charCodeAt(k))) return true;
  return anyWord.test(line.slice(start, end));
}
