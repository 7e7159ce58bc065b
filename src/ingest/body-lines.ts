/**
 * A message's body lines as they are read: the first line, then any more, with blank
 * lines held back until a body line follows them. Most messages have one line and end
 * in a blank one, so they need no array, and the blank line that ends them costs nothing.
 */
import { isBlank, joinBody } from './text.js';

export interface BodyLines {
  first?: string;
  more?: string[];
  /** Blank lines read since the last body line. */
  blanks: number;
}

/** Adds a body line after the blank lines before it. */
export function addBodyLine(d: BodyLines, line: string): void {
  for (; d.blanks > 0; d.blanks--) put(d, '');
  put(d, line);
}

function put(d: BodyLines, line: string): void {
  if (d.first === undefined) d.first = line;
  else (d.more ??= []).push(line);
}

/** `joinBody` of the lines added: blank lines at the end were never added, and joinBody would trim them. */
export function bodyLinesText(d: BodyLines): string {
  const { first, more } = d;
  if (first === undefined) return '';
  return more === undefined ? (isBlank(first) ? '' : first) : joinBody([first, ...more]);
}
