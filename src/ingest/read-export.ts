/** Bytes of one export to a ChatExport: decode, add context from the path, detect, parse. */
import type { ChatExport, ParseSource } from '../types.js';
import { contextFromPath } from './context.js';
import { decode } from './decode.js';
import { detectBytesParser, detectParser, isZip } from './detect.js';

export interface ReadExportOptions {
  /** The path as the user gave it: used in messages, diagnostics and for the folder context. */
  file: string;
  /** A parser id that skips detection (`--format`). */
  format?: string;
  /** `YYYY-MM-DD` from `--date`; wins over a date in the path. */
  date?: string;
}

/** Reads one export; the content's own date and title win over the path's. */
export function parseExport(bytes: Uint8Array, opts: ReadExportOptions): ChatExport {
  const context = contextFromPath(opts.file);
  const date = opts.date ?? context.date;
  const source = date === undefined ? { file: opts.file } : { file: opts.file, date };
  // A zip is checked before decoding: its bytes would otherwise turn into windows-1252 noise.
  const result = isZip(bytes)
    ? detectBytesParser(bytes, opts.file, opts.format).parseBytes!(bytes, source)
    : parseText(decode(bytes, opts.file), source, opts.format);
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
    messages,
    warnings,
  };
}

function parseText(text: string, source: ParseSource, format: string | undefined): ChatExport {
  return detectParser(text, source.file, format).parse(text, source);
}
