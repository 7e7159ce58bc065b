/**
 * A text's lines by number, each made when asked for, from the offsets where the
 * lines start. A reader that needs random access (a look back or ahead) would
 * otherwise split the whole text first: an array of a string per line, all alive
 * until the parse ends, which the collector copies and promotes for nothing.
 */
export interface LinesAt {
  readonly length: number;
  /** Line `i` (0-based) without its `\n`, or undefined past the last; a string[] answers the same. */
  at(i: number): string | undefined;
}

export class LineIndex implements LinesAt {
  readonly length: number;
  // starts[i] is where line i begins; starts[length] is one past the text's end, as if it ended in `\n`.
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let n = 1;
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) n++;
    const starts = new Int32Array(n + 1);
    let k = 1;
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) starts[k++] = p + 1;
    starts[n] = text.length + 1;
    this.length = n;
    this.starts = starts;
  }

  at(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }
}
