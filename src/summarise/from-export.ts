import { parseExport } from '../ingest/read-export.js';
import type { BundleEntry, DateOrder, Diagnostic } from '../types.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Accounting, Overview } from './overview.js';
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
  const empty = emptyWarning(overview.accounting, file);
  if (empty) overview.warnings = [...overview.warnings, empty];
  return { overview, markdown: renderMarkdown(overview, template) };
}

/**
 * An overview with no points says why: an export with no messages, or every message dropped, with how
 * many of each kind (every record has one fate, so with none summarised the drops add up to all).
 */
function emptyWarning(a: Accounting, file: string): Diagnostic | undefined {
  if (a.summarised > 0) return undefined;
  if (a.records === 0) return { file, severity: 'warning', message: 'no messages in the export: the overview has no points' };
  const kinds = (['system', 'reaction', 'noise', 'direct'] as const).filter((k) => a.dropped[k] > 0).map((k) => `${a.dropped[k]} ${k}`);
  const direct = a.dropped.direct > 0 ? '; --include-direct keeps direct ones' : '';
  const all = a.records === 1 ? 'the one message was' : `all ${a.records} messages were`;
  return { file, severity: 'warning', message: `no points to summarise: ${all} dropped (${kinds.join(', ')}${direct})` };
}
