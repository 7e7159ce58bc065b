/**
 * One pass over JSON text that finds the top-level values (pages saved one
 * after another, `}{` or one per line) and the line where each record object
 * starts, so messages from a JSON export can point back to their line.
 */

export interface JsonScan {
  /** `[start, end)` offsets of each top-level value. */
  values: [number, number][];
  /** 1-based start line of every object directly inside an array under one of the record keys, in document order. */
  recordLines: number[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/**
 * `recordKeys` name the arrays that hold records (`value`, `messages`); a
 * top-level array holds records too. Strings are skipped with `indexOf`:
 * JSON strings cannot hold a raw newline, so line counting can skip them.
 */
export function scanJson(text: string, recordKeys: ReadonlySet<string>): JsonScan {
  const values: [number, number][] = [];
  const recordLines: number[] = [];
  // Per open container: is it an array of records?
  const stack: boolean[] = [];
  let line = 1;
  let lastString = '';
  let valueStart = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    else if (c === QUOTE) {
      let j = text.indexOf('"', i + 1);
      while (j !== -1 && isEscaped(text, j)) j = text.indexOf('"', j + 1);
      if (j === -1) break;
      // Only short strings can be keys worth remembering.
      lastString = j - i < 40 ? text.slice(i + 1, j) : '';
      i = j;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (stack.length === 0) valueStart = i;
      else if (c === OPEN_OBJECT && stack[stack.length - 1]) recordLines.push(line);
      stack.push(c === OPEN_ARRAY && (stack.length === 0 || recordKeys.has(lastString)));
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
      if (stack.length === 0 && valueStart >= 0) {
        values.push([valueStart, i + 1]);
        valueStart = -1;
      }
    }
  }
  return { values, recordLines };
}

/** An odd run of backslashes before a quote escapes it. */
function isEscaped(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === BACKSLASH) k--;
  return (at - 1 - k) % 2 === 1;
}

/** Parses every top-level value; undefined when any of them is not JSON. */
export function parseValues(text: string, scan: JsonScan): unknown[] | undefined {
  try {
    return scan.values.map(([a, b]) => JSON.parse(text.slice(a, b)) as unknown);
  } catch {
    return undefined;
  }
}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** `format:line` per record, with `.2`, `.3` for later records that start on the same line (minified JSON). */
export function recordIds(format: string, lines: readonly number[]): string[] {
  const seen = new Map<number, number>();
  return lines.map((line) => {
    const k = (seen.get(line) ?? 0) + 1;
    seen.set(line, k);
    return k === 1 ? `${format}:${line}` : `${format}:${line}.${k}`;
  });
}
