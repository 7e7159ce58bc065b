/** Bytes of one export to a ChatExport: decode, add context from the path, detect, parse. */
import type { ChatExport } from '../types.js';
import { contextFromPath } from './context.js';
import { decode } from './decode.js';
import { detectParser } from './detect.js';

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
  const text = decode(bytes, opts.file);
  const context = contextFromPath(opts.file);
  const date = opts.date ?? context.date;
  const parser = detectParser(text, opts.file, opts.format);
  const result = parser.parse(text, date === undefined ? { file: opts.file } : { file: opts.file, date });
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
