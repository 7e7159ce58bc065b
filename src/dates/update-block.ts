/**
 * Replacing the future-sessions block of an overview in place. Works on offsets into the
 * original text, so every byte outside the block stays as it was, and a second run with
 * the same sessions changes nothing. Where the block is, in order of preference:
 *  1. between `<!-- chatnotes:dates -->` and `<!-- /chatnotes:dates -->`;
 *  2. the first top-level list whose every item is a session date (empty `-` items go with it);
 *  3. the list under a heading, or a short heading-like line, naming "future/next sessions";
 *  4. appended at the end, under a "Future sessions" heading, between the markers.
 */
import type { List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { InputError } from '../errors.js';
import { NEXT_DAY, renderList } from './format.js';
import { parseSessionDate } from './session-date.js';

export const START_MARKER = '<!-- chatnotes:dates -->';
export const END_MARKER = '<!-- /chatnotes:dates -->';
const START_RE = /<!--\s*chatnotes:dates\s*-->/;
const END_RE = /<!--\s*\/chatnotes:dates\s*-->/;
const HEADING_WORDS = /\b(future|next|upcoming)\s+sessions\b/i;

export type UpdateAction = 'markers' | 'dates-list' | 'heading' | 'appended';

export interface UpdateRequest {
  /** The bullet texts, e.g. "Friday 26 June 2026, 2pm – 4pm". */
  texts: string[];
  heading?: string;
  intro?: string;
  /** For error messages. */
  file: string;
}

export interface UpdateResult {
  text: string;
  action: UpdateAction;
  /** 1-based line of the first bullet in the new text. */
  line: number;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** An item's text without its bullet; '' for an empty item. */
const itemText = (source: string, start: number, end: number): string =>
  source.slice(start, end).replace(/^(?:[-*+]|\d{1,9}[.)])[ \t]*/, '').trim();

const isDateItem = (text: string): boolean => {
  const m = parseSessionDate(text);
  // A session the clocks moved past midnight ends "... 12:30am (next day)", as dates writes it.
  const dated = text.replace(/[.;,]$/, '');
  return m !== undefined && m.index === 0 && (m.length === dated.length || dated.slice(m.length) === NEXT_DAY);
};

const isDatesList = (source: string, list: List): boolean => {
  const texts = list.children.map((item) => itemText(source, item.position!.start.offset!, item.position!.end.offset!));
  return texts.some((t) => t !== '') && texts.every((t) => t === '' || isDateItem(t));
};

const nodeText = (source: string, node: RootContent): string =>
  source.slice(node.position!.start.offset!, node.position!.end.offset!);

// Overviews such as seed 000 write headings as plain short lines ("Future sessions").
const isSessionsHeading = (source: string, node: RootContent): boolean => {
  const text = nodeText(source, node);
  if (node.type === 'heading') return HEADING_WORDS.test(text);
  if (node.type !== 'paragraph' || text.includes('\n') || text.length > 60 || /[.!?]$/.test(text)) return false;
  return HEADING_WORDS.test(text);
};

/** Replaces (or adds) the sessions block; pure: text in, text out. */
export function updateBlock(source: string, request: UpdateRequest): UpdateResult {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const list = renderList(request.texts, eol);
  const inMarkers = (request.intro === undefined ? '' : request.intro + eol + eol) + list;
  const splice = (from: number, to: number, insert: string, action: UpdateAction): UpdateResult => {
    const text = source.slice(0, from) + insert + source.slice(to);
    return { text, action, line: lineOf(text, from + insert.indexOf(list)) };
  };

  // A line right after the new list would join its last bullet (a lazy continuation) and be replaced with it
  // next time: a blank line keeps it apart, unless one is there already.
  const gapBefore = (offset: number): string => {
    const rest = source.slice(offset);
    return rest.trim() === '' || /^[ \t]*\r?\n[ \t]*\r?\n/.test(rest) ? '' : eol;
  };

  const start = START_RE.exec(source);
  const end = END_RE.exec(source);
  if (start || end) {
    if (!start || !end || end.index < start.index) {
      const first = Math.min(start?.index ?? Infinity, end?.index ?? Infinity);
      throw new InputError(request.file, `expected ${START_MARKER} before ${END_MARKER}, each once`, lineOf(source, first));
    }
    return splice(start.index + start[0].length, end.index, eol + eol + inMarkers + eol + eol, 'markers');
  }

  const tree = unified().use(remarkParse).parse(source) as Root;
  const nodes = tree.children.filter((n) => n.position?.start.offset !== undefined);
  // A list from the start of its first line (a mis-indented one included) to its end.
  const replace = (node: List, action: UpdateAction): UpdateResult => {
    const to = node.position!.end.offset!;
    return splice(lineStart(source, node.position!.start.offset!), to, list + gapBefore(to), action);
  };

  const dates = nodes.find((n): n is List => n.type === 'list' && isDatesList(source, n));
  if (dates) return replace(dates, 'dates-list');

  const headingIndex = nodes.findIndex((n) => isSessionsHeading(source, n));
  if (headingIndex >= 0) {
    // The list right under the heading, or after one intro line ending in ":" ("Dates:");
    // any other paragraph may be the next plain-line heading, so the list is not ours.
    const [next, second] = [nodes[headingIndex + 1], nodes[headingIndex + 2]];
    const intro = next?.type === 'paragraph' && nodeText(source, next).trimEnd().endsWith(':');
    const target = next?.type === 'list' ? next : intro && second?.type === 'list' ? second : undefined;
    if (target) return replace(target, 'heading');
    const after = nodes[headingIndex]!.position!.end.offset!;
    return splice(after, after, eol + eol + list + gapBefore(after), 'heading');
  }

  const lastDepth = nodes.filter((n) => n.type === 'heading').at(-1);
  const hashes = '#'.repeat(lastDepth?.type === 'heading' ? Math.max(lastDepth.depth, 2) : 2);
  const heading = request.heading === undefined ? `${hashes} Future sessions` : /^#{1,6}\s/.test(request.heading) ? request.heading : `${hashes} ${request.heading}`;
  const lead = source === '' ? '' : source.endsWith(eol + eol) ? '' : source.endsWith(eol) ? eol : eol + eol;
  const block = [heading, START_MARKER, inMarkers, END_MARKER].join(eol + eol) + eol;
  return splice(source.length, source.length, lead + block, 'appended');
}
