import { parseExport } from '../ingest/read-export.js';
import type { BundleEntry, DateOrder } from '../types.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Overview } from './overview.js';
import { summarise, type SummariseOptions } from './summarise.js';

export interface ExportJob extends SummariseOptions {
  /** The template text (Mustache). */
  template: string;
  /** A parser id that skips detection. */
  format?: string;
  /** `--date-order` for WhatsApp dates the file cannot settle. */
  dateOrder?: DateOrder;
  /** `--channel`: one channel of a Slack export. */
  channel?: string;
}

/** Bytes of one export (or a folder's files) -> its overview and Markdown: the whole `summarise` job without I/O. */
export function summariseExport(bytes: Uint8Array | readonly BundleEntry[], file: string, job: ExportJob): { overview: Overview; markdown: string } {
  const { template, format, dateOrder, channel, ...options } = job;
  const read = { ...(format ? { format } : {}), ...(options.date ? { date: options.date } : {}), ...(dateOrder ? { dateOrder } : {}), ...(channel ? { channel } : {}) };
  const chat = parseExport(bytes, { file, ...read });
  const overview = summarise(chat, options);
  return { overview, markdown: renderMarkdown(overview, template) };
}
