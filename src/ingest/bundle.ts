/**
 * Multi-file exports (a zip, or a folder the CLI read into entries) to a ChatExport.
 * Bundle parsers (`detectBundle`: Slack, WhatsApp iOS, `.docx`) compete on one score
 * table; a zip that no parser claims but holds exactly one text file is read as that
 * file (a zipped Zoom chat), through ordinary text detection.
 */
import { InputError, UsageError } from '../errors.js';
import type { BundleEntry, ChatExport, ParseSource, Parser } from '../types.js';
import { singleText } from './bundle-paths.js';
import { decode } from './decode.js';
import { detectParser, formatIds } from './detect.js';
import { parsers } from './parsers/index.js';

export { isBundleExport } from './slack-layout.js';

const MIN_SCORE = 0.5;
const MIN_LEAD = 0.1;

type Scored = { parser: Parser; score: number };

/** Reads a bundle: a zip's or a folder's files. */
export function parseBundle(entries: readonly BundleEntry[], source: ParseSource, forced?: string): ChatExport {
  const name = source.file;
  if (forced !== undefined) return parseForced(entries, source, forced);
  const scores: Scored[] = [];
  for (const parser of parsers) {
    if (parser.detectBundle && parser.parseBundle) scores.push({ parser, score: parser.detectBundle(entries, name) });
  }
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (best && best.score >= MIN_SCORE && (!second || best.score - second.score >= MIN_LEAD)) {
    return best.parser.parseBundle!(entries, source);
  }
  const text = singleText(entries);
  if (text) return parseInner(text, source);
  // Media and hidden files were never unpacked: nothing is left to read.
  if (entries.length === 0) throw new InputError(name, `cannot tell the format of ${name}: it holds no text files (photos, recordings and hidden files are not read)`);
  const likely = scores.filter((s) => s.score > 0).slice(0, 2).map((s) => s.parser.format);
  const hint = likely.length > 0 ? `candidates: ${likely.join(', ')}` : `no known export layout among its ${contents(entries)}`;
  throw new InputError(name, `cannot tell the format of ${name}; try --format (${hint})`);
}

// Paths shown in an error past this many are counted, not listed: the message stays one line.
const SHOWN_PATHS = 3;

/** `2 files: a.txt, b.txt`, or `40 files: a.txt, b.txt, c.txt, …`. */
function contents(entries: readonly BundleEntry[]): string {
  const shown = entries.slice(0, SHOWN_PATHS).map((e) => (e.path.length > 40 ? `…${e.path.slice(-39)}` : e.path));
  return `${entries.length} ${entries.length === 1 ? 'file' : 'files'}: ${shown.join(', ')}${entries.length > SHOWN_PATHS ? ', …' : ''}`;
}

function parseForced(entries: readonly BundleEntry[], source: ParseSource, forced: string): ChatExport {
  const parser = parsers.find((p) => p.format === forced);
  if (!parser) throw new UsageError(`unknown format "${forced}"; expected one of: ${formatIds().join(', ')}`);
  if (parser.parseBundle) return parser.parseBundle(entries, source);
  const text = singleText(entries);
  if (text) return parseInner(text, source, forced);
  throw new InputError(source.file, `format "${forced}" reads one text file, and ${source.file} holds ${entries.length} files`);
}

/** The inner file keeps its own name in messages and warnings: `chat.zip/meeting_saved_chat.txt`. */
function parseInner(entry: BundleEntry, source: ParseSource, forced?: string): ChatExport {
  const file = `${source.file}/${entry.path}`;
  const text = decode(entry.bytes, file);
  return detectParser(text, file, forced).parse(text, { ...source, file });
}
