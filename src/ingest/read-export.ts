/** Bytes of one export (or a folder's files) to a ChatExport: decode, add context from the path, detect, parse. */
import { InputError } from '../errors.js';
import type { BundleEntry, ChatExport, DateOrder, ParseSource } from '../types.js';
import { parseBundle } from './bundle.js';
import { readsBytes } from './byte-parser.js';
import { contextFromPath } from './context.js';
import { detectParser, HEAD } from './detect.js';
import { ByteLines, linesOf, readsLines, type Lines } from './lines.js';
import { emptyZip, isEmptyZipBytes, isZipBytes, notAZip, unzipEntries } from './unzip.js';

export interface ReadExportOptions {
  /** The path as the user gave it: used in messages, diagnostics and for the folder context. */
  file: string;
  /** A parser id that skips detection (`--format`). */
  format?: string;
  /** `YYYY-MM-DD` from `--date`; wins over a date in the path. */
  date?: string;
  /** `--date-order` for numeric dates the file cannot settle (WhatsApp). */
  dateOrder?: DateOrder;
  /** `--channel`: one channel of a multi-channel export (Slack). */
  channel?: string;
}

/**
 * Reads one export: a file's bytes, or a folder's files as entries (Slack). The
 * content's own date and title win over the path's.
 */
export function parseExport(input: Uint8Array | readonly BundleEntry[], opts: ReadExportOptions): ChatExport {
  const context = contextFromPath(opts.file);
  const date = opts.date ?? context.date;
  const source: ParseSource = { file: opts.file };
  if (date !== undefined) source.date = date;
  if (opts.dateOrder !== undefined) source.dateOrder = opts.dateOrder;
  if (opts.channel !== undefined) source.channel = opts.channel;
  // Worded as a broken zip is: "try --format" cannot help a file that only claims to be one.
  if (input instanceof Uint8Array && notAZip(input, opts.file, opts.format)) throw new InputError(opts.file, 'cannot read the zip: not a zip file (no zip signature at its start)');
  // A zip with no entries starts with its end record, not an entry: no text to detect.
  if (input instanceof Uint8Array && isEmptyZipBytes(input)) throw emptyZip(opts.file);
  // A zip is checked before decoding: its bytes would otherwise turn into windows-1252 noise.
  const result = !(input instanceof Uint8Array)
    ? parseBundle(input, source, opts.format)
    : isZipBytes(input)
      ? parseBundle(unzipEntries(input, opts.file), source, opts.format)
      : parseLines(input, linesOf(input, opts.file), source, opts.format);
  const title = result.title ?? context.title;
  const day = result.date ?? date;
  // Rebuilt so the keys keep one order whichever source filled them.
  const { format, platform, start, end, messages, warnings } = result;
  return {
    format,
    ...(platform === undefined ? {} : { platform }),
    ...(title === undefined ? {} : { title }),
    ...(day === undefined ? {} : { date: day }),
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...(context.recordingStart === undefined ? {} : { recordingStart: context.recordingStart }),
    messages,
    warnings,
  };
}

/** Detection reads the head; a line parser then reads the bytes line by line, a byte parser the bytes (JSON), any other the whole text. */
function parseLines(bytes: Uint8Array, lines: Lines, source: ParseSource, format: string | undefined): ChatExport {
  const parser = detectParser(lines.head(HEAD), source.file, format);
  if (readsLines(parser)) return parser.parseLines(lines, source);
  // Text that had to be decoded as a whole (UTF-16, windows-1252) is not decoded twice.
  return readsBytes(parser) && lines instanceof ByteLines ? parser.parseBytes(bytes, source) : parser.parse(lines.text(), source);
}
