/**
 * Multi-file exports (a zip, or a folder the CLI read into entries) to a ChatExport.
 * Bundle parsers (`detectBundle`: Slack, WhatsApp iOS, `.docx`) compete on one score
 * table; a zip that no parser claims but holds exactly one text file is read as that
 * file (a zipped Zoom chat), through ordinary text detection. One that holds several
 * exports is `batch`'s work, and is refused as such.
 */
import { findSlackExports } from '../batch/classify.js';
import { InputError, UsageError } from '../errors.js';
import type { BundleEntry, ChatExport, ParseSource, Parser } from '../types.js';
import { isTextPath, singleText } from './bundle-paths.js';
import { decode } from './decode.js';
import { detectParser, formatIds, HEAD, UnknownFormatError } from './detect.js';
import { linesOf } from './lines.js';
import { parsers } from './parsers/index.js';

export { isBundleExport } from './slack-layout.js';

const MIN_SCORE = 0.5;
const MIN_LEAD = 0.1;

type Scored = { parser: Parser; score: number };

/** Reads a bundle: a zip's or a folder's files. */
export function parseBundle(entries: readonly BundleEntry[], source: ParseSource, forced?: string): ChatExport {
  const name = source.file;
  if (forced !== undefined) return parseForced(entries, source, forced);
  // The Slack reader would take the first export and quietly leave the others out.
  const slack = findSlackExports(entries.map((e) => e.path));
  if (slack.length > 1) throw new SeveralExportsError(name, slack.map(slackFolder));
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
  const exports = exportsAmong(entries, name);
  if (exports.length > 1) throw new SeveralExportsError(name, exports);
  // Media and hidden files were never unpacked: nothing is left to read.
  if (entries.length === 0) throw new UnknownFormatError(name, ': it holds no text files (photos, recordings and hidden files are not read)');
  const likely = scores.filter((s) => s.score > 0).slice(0, 2).map((s) => s.parser.format);
  const hint = likely.length > 0 ? `candidates: ${likely.join(', ')}` : `no known export layout among its ${contents(entries)}`;
  throw new UnknownFormatError(name, `; try --format (${hint})`);
}

// Paths shown in an error past this many are counted, not listed: the message stays one line.
const SHOWN_PATHS = 3;

/** `2 files: a.txt, b.txt`, or `40 files: a.txt, b.txt, c.txt, …`. */
function contents(entries: readonly BundleEntry[]): string {
  const shown = entries.slice(0, SHOWN_PATHS).map((e) => (e.path.length > 40 ? `…${e.path.slice(-39)}` : e.path));
  return `${entries.length} ${entries.length === 1 ? 'file' : 'files'}: ${shown.join(', ')}${entries.length > SHOWN_PATHS ? ', …' : ''}`;
}

/** A zip or folder of several chat exports: summarise reads one, so it points to `batch`. */
export class SeveralExportsError extends InputError {
  override name = 'SeveralExportsError';
  constructor(
    file: string,
    /** Their paths inside the bundle; a Slack export's folder counts as one. */
    readonly exports: readonly string[],
  ) {
    super(file, `it holds ${exportList(exports)}, and summarise reads one; run ${batchCommand(file)} for an overview of each`);
  }
}

/** `2 chat exports (a.txt, b.txt)`, past SHOWN_PATHS counted: the message stays one line. */
export const exportList = (paths: readonly string[]): string =>
  `${paths.length} chat exports (${paths.slice(0, SHOWN_PATHS).join(', ')}${paths.length > SHOWN_PATHS ? ', …' : ''})`;

// The batch command line, pasted as it is: a path with spaces or quotes is single-quoted.
// Standard input has no path to give batch, so it stands as FILE.
const batchCommand = (file: string): string => {
  const path = file === '<stdin>' ? 'FILE.zip' : /^[\w@%+=:,./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
  return `chatnotes batch ${path} -o OUTDIR`;
};

const slackFolder = (dir: string): string => (dir === '' ? '.' : `${dir}/`);

/**
 * The entries that are chat exports by themselves, as `batch` counts them: a Slack
 * export's folder once, and each other text file that detection places with confidence.
 */
function exportsAmong(entries: readonly BundleEntry[], name: string): string[] {
  const slack = findSlackExports(entries.map((e) => e.path));
  const inSlack = (path: string) => slack.some((dir) => dir === '' || path.startsWith(`${dir}/`));
  const placed = entries.filter((e) => !inSlack(e.path) && isTextPath(e.path) && detects(e, `${name}/${e.path}`)).map((e) => e.path);
  return [...slack.map(slackFolder), ...placed];
}

/** Whether ordinary detection would read this entry: only its head is decoded. */
function detects(entry: BundleEntry, file: string): boolean {
  try {
    detectParser(linesOf(entry.bytes.subarray(0, HEAD), file).head(HEAD), file);
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

function parseForced(entries: readonly BundleEntry[], source: ParseSource, forced: string): ChatExport {
  const parser = parsers.find((p) => p.format === forced);
  if (!parser) throw new UsageError(`unknown format "${forced}"; expected one of: ${formatIds().join(', ')}`);
  if (parser.parseBundle) return parser.parseBundle(entries, source);
  const text = singleText(entries);
  if (text) return parseInner(text, source, forced);
  throw new InputError(source.file, `format "${forced}" reads one text file, and it holds ${entries.length} files`);
}

/** The inner file keeps its own name in messages and warnings: `chat.zip/meeting_saved_chat.txt`. */
function parseInner(entry: BundleEntry, source: ParseSource, forced?: string): ChatExport {
  const file = `${source.file}/${entry.path}`;
  const text = decode(entry.bytes, file);
  return detectParser(text, file, forced).parse(text, { ...source, file });
}
