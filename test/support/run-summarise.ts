import { readFileSync } from 'node:fs';
import { defaultNoise, defaultRules } from '../../src/config/defaults.js';
import { parseRules } from '../../src/config/load-rules.js';
import { parseExport } from '../../src/ingest/read-export.js';
import { readBundled } from '../../src/io/bundled.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Overview } from '../../src/summarise/overview.js';
import { summarise } from '../../src/summarise/summarise.js';
import { readExportInput } from './export-input.js';

/** Runs the summarise pipeline in-process on a fixture path relative to the repository root. */
export function summariseFixture(file: string, rulesFile?: string, extra: { date?: string; start?: string; end?: string; timeZone?: string } = {}): { overview: Overview; markdown: string } {
  const rules = rulesFile ? parseRules(readFileSync(rulesFile, 'utf8'), rulesFile) : defaultRules();
  const chat = parseExport(readExportInput(file), { file, ...(extra.date ? { date: extra.date } : {}) });
  const overview = summarise(chat, { rules, noise: defaultNoise(), timeZone: 'Europe/London', ...extra });
  return { overview, markdown: renderMarkdown(overview, readBundled('overview.md')) };
}

export const totalOf = (a: Overview['accounting']): number =>
  a.summarised + a.merged + a.dropped.system + a.dropped.reaction + a.dropped.noise + a.dropped.direct;
