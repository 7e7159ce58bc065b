/**
 * CSV rows read by hand for the common case, with csv-parse's own rules
 * (`relax_quotes`, `"` as its own escape). csv-parse stays for everything else:
 * a line these functions do not claim is handed to it.
 */

const QUOTE = 34;

/**
 * The fields of a line that is a whole row by itself, written into `out` from index 0:
 * how many, or -1 when the line is not such a row. A whole row is every field unquoted
 * (a `"` inside one is kept, as relax_quotes does), or quoted with `""` for a quote and
 * the closing quote right before a delimiter or the line's end. Anything else (a quoted
 * field that runs on to the next line, text after a closing quote) csv-parse reads.
 * `out` is the caller's, reused from row to row: a fresh array per row is garbage per row.
 */
export function readEasyRow(line: string, delimiter: number, out: string[]): number {
  const n = line.length;
  const d = DELIMITERS[delimiter] ?? String.fromCharCode(delimiter);
  let k = 0;
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let value: string | undefined;
      let from = j;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) return -1;
        if (line.charCodeAt(q + 1) === QUOTE) {
          // An escaped quote: the text so far plus one quote.
          value = (value ?? '') + line.slice(from, q + 1);
          j = q + 2;
          from = j;
          continue;
        }
        const part = line.slice(from, q);
        out[k++] = value === undefined ? part : value + part;
        i = q + 1;
        break;
      }
      if (i === n) return k;
      if (line.charCodeAt(i) !== delimiter) return -1;
      i++;
      continue;
    }
    let j = line.indexOf(d, i);
    if (j === -1) j = n;
    out[k++] = line.slice(i, j);
    if (j === n) return k;
    i = j + 1;
  }
}

// The delimiter as a string for `indexOf`, by its char code.
const DELIMITERS: string[] = [];
for (const d of [',', ';', '\t', '|']) DELIMITERS[d.charCodeAt(0)] = d;

/**
 * Whether csv-parse is inside a quoted field after reading `line` and its newline,
 * starting inside one when `quoting`. Its rules: a quote opens a field only where the
 * field is still empty; inside, `""` is a quote, and a quote closes the field before a
 * delimiter or newline, or (relax_quotes) anywhere else, the rest then plain text.
 */
export function quotingAfter(line: string, delimiter: number, quoting: boolean): boolean {
  const n = line.length;
  // Whether the current field has any character yet (a quote opens only an empty one).
  let empty = !quoting;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (quoting) {
      if (c !== QUOTE) continue;
      if (line.charCodeAt(i + 1) === QUOTE) {
        i++;
        continue;
      }
      quoting = false;
      // Closed before a delimiter or the end: the field has its value; elsewhere the quote is kept as text.
      empty = false;
    } else if (c === delimiter) empty = true;
    else if (c === QUOTE && empty) quoting = true;
    else empty = false;
  }
  return quoting;
}
