/** Maps matches inside text nodes back to exact source positions, for rules that look inside lines. */
import type { Text } from 'mdast';
import type { Position } from './types.js';

export interface TextSpan {
  node: Text;
  text: string;
  /** True when the text is exactly the source there, so slices can be located (and edited) precisely. */
  exact: boolean;
  /** Position of `text.slice(index, index + length)`; the whole node when the text differs from the source. */
  place(index: number, length: number): Position | undefined;
}

const pointAt = (starts: number[], offset: number): Position['start'] => {
  let lo = 1;
  let hi = starts.length - 1;
  // Binary search for the last line starting at or before the offset.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - (starts[lo] ?? 0) + 1, offset };
};

/** Every positioned text node (given in document order), with a way to locate a slice of it. */
export function collectTextSpans(texts: readonly Text[], source: string, lineStarts: () => number[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const node of texts) {
    const position = node.position;
    const start = position?.start.offset;
    const end = position?.end.offset;
    if (!position || start === undefined || end === undefined) continue;
    // Escapes and entities make the value differ from the source; then only the node's place is exact.
    // (Compared in place: slicing every text node out of the source is garbage the linter need not make.)
    const exact = end - start === node.value.length && source.startsWith(node.value, start);
    spans.push({
      node,
      text: node.value,
      exact,
      place: (index, length) =>
        exact
          ? { start: pointAt(lineStarts(), start + index), end: pointAt(lineStarts(), start + index + length) }
          : position,
    });
  }
  return spans;
}

/** The first span that lies within [from, to) source offsets (spans are in document order). */
export function firstSpanWithin(spans: readonly TextSpan[], from: number, to: number): TextSpan | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.node.position?.start.offset ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && (span.node.position?.end.offset ?? Infinity) <= to ? span : undefined;
}
