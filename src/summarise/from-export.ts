import { parseExport } from '../ingest/read-export.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Overview } from './overview.js';
import { summarise, type SummariseOptions } from './summarise.js';

export interface ExportJob extends SummariseOptions {
  /** The template text (Mustache). */
  template: string;
  /** A parser id that skips detection. */
  format?: string;
}

/** Bytes of one export -> its overview and Markdown: the whole `summarise` job without I/O. */
export function summariseExport(bytes: Uint8Array, file: string, job: ExportJob): { overview: Overview; markdown: string } {
  const { template, format, ...options } = job;
  const chat = parseExport(bytes, { file, ...(format ? { format } : {}), ...(options.date ? { date: options.date } : {}) });
  const overview = summarise(chat, options);
  return { overview, markdown: renderMarkdown(overview, template) };
}
