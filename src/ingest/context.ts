/** Meeting date and title from where an export lives, e.g. Zoom's local recording folder. */
import { isCalendarDate } from './iso-time.js';

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
    const clock = Number(cloud[4]) < 24 && Number(cloud[5]) < 60 && Number(cloud[6]) < 60;
    return context.date && clock ? { ...context, recordingStart: `${context.date}T${cloud[4]}:${cloud[5]}:${cloud[6]}Z` } : context;
  }

  const zoom = folder === undefined ? null : zoomFolder.exec(folder);
  if (zoom && isCalendarDate(zoom[1]!)) return withTitle(zoom[1]!, zoom[2]);

  for (const name of [base, folder]) {
    const iso = name === undefined ? null : isoPrefix.exec(name);
    if (iso && isCalendarDate(iso[1]!)) return { date: iso[1] };
  }
  return {};
}

function withTitle(date: string, title: string | undefined): PathContext {
  const out: PathContext = {};
  if (isCalendarDate(date)) out.date = date;
  const clean = title?.trim();
  if (clean) out.title = clean;
  return out;
}
