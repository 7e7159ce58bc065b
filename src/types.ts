/** Shared plain-data types that flow through the pipeline. */

export type Severity = 'error' | 'warning' | 'info';

/** A finding or warning that points back into a file. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  message: string;
  ruleId?: string;
  cause?: { line: number; column: number };
}

export type MessageKind = 'message' | 'system' | 'reaction';

export interface Message {
  /**
   * How replies name this message, where the source's replies name records: `format:line`
   * (`.k` when a line holds several, `.rN` for a reaction) in Graph, Discord and Telegram JSON,
   * `slack:channel:ts` in Slack. Line-based formats have none: `file` and `line` say where
   * each message is, and a reply names its parent as `file:line` (see `messageRef`).
   */
  id?: string;
  /** ISO 8601 (or `HH:MM:SS` / an offset, as the source says) when the export has one. */
  time?: string;
  author?: string;
  /** Plain text with platform markup resolved. */
  text: string;
  kind: MessageKind;
  to?: 'everyone' | 'direct';
  /** The quoted snippet, or the `messageRef` of the message this one replies to. */
  replyTo?: string;
  /** The channel it was posted in, where one export holds several (Slack). */
  channel?: string;
  /** The file the message came from (`folder/entry` inside a bundle). */
  file: string;
  /** 1-based line where the message starts, when the source has lines. */
  line?: number;
}

export interface ChatExport {
  format: string;
  platform?: string;
  title?: string;
  /** Date of the meeting (YYYY-MM-DD) when the source or its name says it. */
  date?: string;
  start?: string;
  end?: string;
  /** ISO instant the recording started, for formats whose times are offsets from it. */
  recordingStart?: string;
  messages: Message[];
  warnings: Diagnostic[];
}

/** One bullet of the overview; `sources` are `file:line` of every message merged into it. */
export interface Point {
  text: string;
  sources: string[];
  repeats: number;
  /** Index of the first message, to keep chat order stable. */
  order: number;
}

export interface Section {
  title: string;
  intro?: string;
  points: Point[];
}

export interface Link {
  url: string;
  text: string;
}

/** What a parser module exports: cheap detection, pure parsing. */
export interface Parser {
  /** Stable id used by `--format`. */
  format: string;
  platform: string;
  description: string;
  /** Score 0..1 from the first few KB of text; cheap, no full parse. */
  detect(head: string, name: string): number;
  /**
   * Why a head that its file name says is this format cannot be one (`its header … has no
   * message column`), or undefined. Asked only when no parser scores, so that detection can
   * say what is wrong instead of only "cannot tell".
   */
  whyNot?(head: string, name: string): string | undefined;
  /** Text in, data out; no fs, no clock. */
  parse(text: string, source: ParseSource): ChatExport;
  /**
   * Score 0..1 for a multi-file export (a zip's or a folder's files: Slack, WhatsApp iOS,
   * `.docx`). Zips never reach `decode`: `parseExport` unpacks them first.
   */
  detectBundle?(entries: readonly BundleEntry[], name: string): number;
  /** Entries in, data out; used when `detectBundle` picked this parser. */
  parseBundle?(entries: readonly BundleEntry[], source: ParseSource): ChatExport;
}

/** One file of a multi-file export, its path relative to the zip's or folder's root with `/`. */
export interface BundleEntry {
  path: string;
  bytes: Uint8Array;
}

export interface ParseSource {
  /** File name as the user gave it (for messages and `source`). */
  file: string;
  /** YYYY-MM-DD when known from flags or the path, for formats without dates. */
  date?: string;
  /** `--date-order`: how to read numeric dates the file itself cannot settle. */
  dateOrder?: DateOrder;
  /** `--channel`: the one channel to read from a multi-channel export (default: all). */
  channel?: string;
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';
