/** Source edits that fixes share: whole-line removal and re-indentation, by offset. */
import type { Node } from 'mdast';
import type { TextEdit } from './types.js';

const lineStartOf = (source: string, offset: number): number => source.lastIndexOf('\n', offset - 1) + 1;

/** Removes the whole lines a node spans, with their line break, so nothing else moves. */
export function removeLines(source: string, node: Node): TextEdit | undefined {
  const position = node.position;
  if (position?.start.offset === undefined || position.end.offset === undefined) return undefined;
  let start = lineStartOf(source, position.start.offset);
  const newline = source.indexOf('\n', position.end.offset);
  const end = newline === -1 ? source.length : newline + 1;
  // The last line has no break of its own: take the one before it, so the file keeps its (missing) final newline.
  if (newline === -1 && start > 0) start -= source[start - 2] === '\r' ? 2 : 1;
  return { start, end, text: '' };
}

/** Removes the blank lines between the end of one node and the start of the next. */
export function removeGap(source: string, before: Node, after: Node): TextEdit | undefined {
  const from = before.position?.end.offset;
  const to = after.position?.start.offset;
  if (from === undefined || to === undefined) return undefined;
  const firstBreak = source.indexOf('\n', from);
  const lineStart = lineStartOf(source, to);
  if (firstBreak === -1 || firstBreak + 1 >= lineStart) return undefined;
  return { start: firstBreak + 1, end: lineStart, text: '' };
}

/** Sets the indentation before a node's first line to `indent`. */
export function reindent(source: string, node: Node, indent: string): TextEdit | undefined {
  const offset = node.position?.start.offset;
  if (offset === undefined) return undefined;
  return { start: lineStartOf(source, offset), end: offset, text: indent };
}
