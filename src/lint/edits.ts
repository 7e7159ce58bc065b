/** Source edits that fixes share: whole-line removal and re-indentation, by offset. */
import type { Node } from 'mdast';
import type { TextEdit } from './types.js';

// A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files), as in the Markdown parser;
// looking for `\n` alone made a CR-only file one line, so a fix removed all of it.
const isBreak = (code: number): boolean => code === 10 || code === 13;

/** Where the line holding `offset` starts. */
export function lineStartOf(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(source.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** Where the line after the one holding `offset` starts, past its break; -1 on the last line. */
export function nextLineStart(source: string, offset: number): number {
  let i = offset;
  while (i < source.length && !isBreak(source.charCodeAt(i))) i += 1;
  if (i === source.length) return -1;
  return source.startsWith('\r\n', i) ? i + 2 : i + 1;
}

/** The length of the line break just before `offset` (a line start): 2 for `\r\n`, else 1, 0 at the start. */
const breakBefore = (source: string, offset: number): number =>
  offset === 0 ? 0 : source[offset - 1] === '\n' && source[offset - 2] === '\r' ? 2 : 1;

/** Removes the whole lines a node spans, with their line break, so nothing else moves. */
export function removeLines(source: string, node: Node): TextEdit | undefined {
  const position = node.position;
  if (position?.start.offset === undefined || position.end.offset === undefined) return undefined;
  let start = lineStartOf(source, position.start.offset);
  const next = nextLineStart(source, position.end.offset);
  // The last line has no break of its own: take the one before it, so the file keeps its (missing) final newline.
  if (next === -1) start -= breakBefore(source, start);
  return { start, end: next === -1 ? source.length : next, text: '' };
}

/** Removes the blank lines between the end of one node and the start of the next. */
export function removeGap(source: string, before: Node, after: Node): TextEdit | undefined {
  const from = before.position?.end.offset;
  const to = after.position?.start.offset;
  if (from === undefined || to === undefined) return undefined;
  const gapStart = nextLineStart(source, from);
  const lineStart = lineStartOf(source, to);
  if (gapStart === -1 || gapStart >= lineStart) return undefined;
  return { start: gapStart, end: lineStart, text: '' };
}

/** Sets the indentation before a node's first line to `indent`. */
export function reindent(source: string, node: Node, indent: string): TextEdit | undefined {
  const offset = node.position?.start.offset;
  if (offset === undefined) return undefined;
  return { start: lineStartOf(source, offset), end: offset, text: indent };
}
