/** The library API: the same pipeline the CLI runs, without any I/O. */
export { summariseExport, type ExportJob } from './summarise/from-export.js';
export { summarise, type SummariseOptions } from './summarise/summarise.js';
export type { Overview } from './summarise/overview.js';
export { parseExport } from './ingest/read-export.js';
export { renderMarkdown } from './render/markdown.js';
export { defaultNoise, defaultRules } from './config/defaults.js';
export { lintText } from './lint/lint.js';
export { chatnotesPreset } from './lint/remark-preset.js';
export type { ChatExport, Diagnostic, Message } from './types.js';
