/** One export's bytes -> its overview and the facts the index needs, or why it failed; pure, shared by workers and the main thread. */
import { InputError } from '../errors.js';
import { exportList, SeveralExportsError } from '../ingest/bundle.js';
import { contextFromPath } from '../ingest/context.js';
import { UnknownFormatError } from '../ingest/detect.js';
import { summariseExport, type ExportJob } from '../summarise/from-export.js';
import { DEFAULT_TITLE } from '../summarise/summarise.js';
import { topicOf } from './names.js';

export interface OverviewFacts {
  title: string;
  topic: string;
  date?: string;
  platform?: string;
  format: string;
  points: number;
  links: number;
  warnings: number;
}

export type ExportOutcome =
  | { ok: true; facts: OverviewFacts; markdown: string; warnings: string[] }
  | { ok: false; kind: 'skipped' | 'failed'; reason: string };

// Warnings carried back per export for the report: enough to say what is wrong, not a log.
const SHOWN_WARNINGS = 3;

const reasonOf = (error: unknown, path: string): string => {
  const message = error instanceof Error ? error.message : String(error);
  // Errors name the file first; the report already does.
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
};

export function processExport(bytes: Uint8Array, path: string, job: ExportJob): ExportOutcome {
  try {
    const { overview, markdown } = summariseExport(bytes, path, job);
    const context = contextFromPath(path);
    const date = overview.date ?? context.date;
    return {
      ok: true,
      markdown,
      // The first few, as the report shows them (`line 12: …`); the count is in the facts.
      warnings: overview.warnings.slice(0, SHOWN_WARNINGS).map((w) => `${w.file === path ? '' : `${w.file}: `}${w.line === undefined ? '' : `line ${w.line}: `}${w.message}`),
      facts: {
        title: overview.title,
        topic: topicOf(path, context.title, overview.title, DEFAULT_TITLE),
        ...(date ? { date } : {}),
        ...(overview.platform ? { platform: overview.platform } : {}),
        format: overview.format,
        points: overview.sections.reduce((n, s) => n + s.points.length, 0),
        links: overview.links.length,
        warnings: overview.warnings.length,
      },
    };
  } catch (error) {
    // A zip inside INPUT is read as one export; one of several is for the user to unpack or batch.
    if (error instanceof SeveralExportsError) {
      return { ok: false, kind: 'skipped', reason: `holds ${exportList(error.exports)}, and a zip inside INPUT is read as one export; run chatnotes batch on it` };
    }
    // Detection failing means "not a chat export": listed, not counted as a failure. The report
    // names the entry already; a file inside it (a zip's only text file) is still named.
    if (error instanceof UnknownFormatError) {
      return { ok: false, kind: 'skipped', reason: `not a chat export${error.file === path ? error.detail : `: ${error.message}`}` };
    }
    return { ok: false, kind: 'failed', reason: reasonOf(error, path) };
  }
}
