/**
 * The usual JSON Lines row read by hand: a flat object of plain strings. JSON.parse
 * builds an object and a fresh string per value only for the parser to copy three of
 * them out; reading the common line directly is about twice as fast. Any line this
 * does not claim is left to JSON.parse, so a line means the same either way.
 */

const QUOTE = 34;
const COLON = 58;
const COMMA = 44;
const OPEN = 123;
const CLOSE = 125;

// What a plain string cannot hold: an escape, or a control character (which JSON.parse rejects).
// Checked on the whole line once: a tab between tokens is valid JSON too, but rare enough to leave to JSON.parse.
const NOT_PLAIN = /[\u0000-\u001f\\]/;

// JSON's whitespace between tokens is space, tab, LF and CR; past NOT_PLAIN only the space is left.
const skip = (line: string, i: number): number => {
  while (line.charCodeAt(i) === 32) i++;
  return i;
};

const NONE: readonly string[] = [];

/**
 * `{"key": "value", ...}` with every value a string and no escape or control character
 * anywhere: key and value pairs written into `out` from index 0 (key, value, key, value),
 * and how many strings that is; -1 for any other line (numbers, null, nesting, escapes,
 * text after the object), which JSON.parse reads. Repeated keys are the caller's to
 * refuse, since JSON.parse keeps the last. `out` is reused from row to row; `known`, the
 * last row's keys in order (keys hold no quote), spares a string per key when they recur.
 */
export function readFlatRow(line: string, out: string[], known: readonly string[] = NONE): number {
  if (NOT_PLAIN.test(line)) return -1;
  let i = skip(line, 0);
  if (line.charCodeAt(i) !== OPEN) return -1;
  i = skip(line, i + 1);
  let k = 0;
  if (line.charCodeAt(i) === CLOSE) return skip(line, i + 1) === line.length ? 0 : -1;
  for (;;) {
    if (line.charCodeAt(i) !== QUOTE) return -1;
    // The key the last row had here, when this one has it too: that string, not a new one per row.
    const same = known[k >> 1];
    let keyEnd: number;
    if (same !== undefined && line.startsWith(same, i + 1) && line.charCodeAt(i + 1 + same.length) === QUOTE) {
      keyEnd = i + 1 + same.length;
      out[k++] = same;
    } else {
      keyEnd = line.indexOf('"', i + 1);
      if (keyEnd === -1) return -1;
      out[k++] = line.slice(i + 1, keyEnd);
    }
    i = skip(line, keyEnd + 1);
    if (line.charCodeAt(i) !== COLON) return -1;
    i = skip(line, i + 1);
    if (line.charCodeAt(i) !== QUOTE) return -1;
    const valueEnd = line.indexOf('"', i + 1);
    if (valueEnd === -1) return -1;
    out[k++] = line.slice(i + 1, valueEnd);
    i = skip(line, valueEnd + 1);
    const c = line.charCodeAt(i);
    if (c === CLOSE) return skip(line, i + 1) === line.length ? k : -1;
    if (c !== COMMA) return -1;
    i = skip(line, i + 1);
  }
}
