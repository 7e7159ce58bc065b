/** Meeting date and title from where an export lives, e.g. Zoom's local recording folder. */

export interface PathContext {
  date?: string;
  title?: string;
  /** ISO UTC instant the recording started, when the name says (Zoom cloud `GMT20260313-140005`). */
  recordingStart?: string;
}

// `2026-03-13 14.00.05 Peer Space` (Zoom's local recording folder).
const zoomFolder = /^(\d{4}-\d{2}-\d{2}) \d{2}\.\d{2}\.\d{2}(?: (.+))?$/;
// `GMT20260313-140005_Peer Space.txt` (Zoom cloud "Chat file", reported name).
const zoomCloud = /^GMT(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:_(.+?))?(?:\.[^.]+)?$/;
// Any file or folder name that starts with an ISO date.
const isoPrefix = /^(\d{4}-\d{2}-\d{2})(?![\d])/;

/** Pure: reads only the path string, never the file system. */
export function contextFromPath(path: string): PathContext {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const base = parts.at(-1) ?? '';
  const folder = parts.at(-2);

  const cloud = zoomCloud.exec(base);
  if (cloud) {
    const context = withTitle(`${cloud[1]}-${cloud[2]}-${cloud[3]}`, cloud[7]);
    return context.date ? { ...context, recordingStart: `${context.date}T${cloud[4]}:${cloud[5]}:${cloud[6]}Z` } : context;
  }

  const zoom = folder === undefined ? null : zoomFolder.exec(folder);
  if (zoom && validDate(zoom[1]!)) return withTitle(zoom[1]!, zoom[2]);

  for (const name of [base, folder]) {
    const iso = name === undefined ? null : isoPrefix.exec(name);
    if (iso && validDate(iso[1]!)) return { date: iso[1] };
  }
  return {};
}

function withTitle(date: string, title: string | undefined): PathContext {
  const out: PathContext = {};
  if (validDate(date)) out.date = date;
  const clean = title?.trim();
  if (clean) out.title = clean;
  return out;
}

function validDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}
