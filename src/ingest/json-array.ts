/** A bare JSON array of message objects, with the line each object starts on. */

/** Undefined when the text is not one JSON array; non-object items come back as `row: undefined`. */
export function readJsonArray(text: string): { line: number; row: Record<string, unknown> | undefined }[] | undefined {
  if (!text.trimStart().startsWith('[')) return undefined;
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(items)) return undefined;
  const lines = itemLines(text);
  return items.map((item, i) => ({
    line: lines[i] ?? 1,
    row: item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined,
  }));
}

/** 1-based line where each top-level item of a valid JSON array starts (strings skipped). */
function itemLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expectItem && ch !== ']') {
      out.push(line);
      expectItem = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectItem = true;
  }
  return out;
}
