import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';

/** `themes[3].keywords[2]` from a zod issue path. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const describe = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
};

const atLine = (file: string, line: number | undefined): string => `${file}${line ? `:${line}` : ''}`;

function parseYaml(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  const first = doc.errors[0];
  if (first) throw new ConfigError(atLine(file, lineCounter.linePos(first.pos[0]).line), '', first.message.split('\n')[0] ?? 'cannot parse');
  return doc.toJS();
}

/**
 * JSON.parse, so a broken `.json` gets a JSON error rather than YAML's ("Flow map must end
 * with a }"); V8 gives a character position, which becomes the line a person can go to.
 */
function parseJson(text: string, file: string): unknown {
  // An empty file sets nothing, as an empty YAML file does.
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    // A file cut short is reported at its last line, not at the blank line after it.
    const end = text.trimEnd().length;
    const position = at ? Math.min(Number(at[1]), end) : /end of JSON input/.test(message) ? end : undefined;
    const line = position === undefined ? undefined : text.slice(0, position).split('\n').length;
    // V8 may quote the text it could not read, newlines and all: only the first clause is kept.
    const reason = message.replace(/, ".*" is not valid JSON$/s, '').replace(/(?: in JSON)? at position \d+.*$/s, '').replace(/\s+/g, ' ');
    throw new ConfigError(atLine(file, line), '', `not valid JSON: ${reason}`);
  }
}

/**
 * Parses YAML (or, with `json`, JSON) text and validates it, throwing a ConfigError that
 * names the file and path. YAML reads JSON too; `json` is for files named `.json`.
 */
export function loadStructured<S extends z.ZodType>(text: string, file: string, schema: S, { json = false } = {}): z.infer<S> {
  const value = json ? parseJson(text, file) : parseYaml(text, file);
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(file, formatPath(issue.path), describe(issue));
  }
  return result.data;
}
