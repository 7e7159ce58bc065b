/** Picks the parser for a text: a forced `--format`, or the one clear best score on the first 4 KB. */
import { InputError, UsageError } from '../errors.js';
import type { Parser } from '../types.js';
import { parsers } from './parsers/index.js';

export const HEAD = 4096;
const MIN_SCORE = 0.5;
const MIN_LEAD = 0.1;

/**
 * Input that detection cannot place. The sentence names the file itself ("cannot tell
 * the format of x.txt: it is empty"), so the usual `x.txt: ` is not put in front of it.
 */
export class UnknownFormatError extends InputError {
  override name = 'UnknownFormatError';
  constructor(
    file: string,
    /** What follows the file's name: `: it is empty`, `; try --format (candidates: zoom, sbv)`. */
    readonly detail: string,
  ) {
    super(file, detail);
    this.message = `cannot tell the format of ${file}${detail}`;
  }
}

/** Parser ids in registry order, for `--format` help and errors. */
export const formatIds = (): string[] => parsers.map((p) => p.format);

/** Every parser's score for a text, best first (ties keep registry order). */
export function scoreParsers(text: string, name: string): { parser: Parser; score: number }[] {
  const head = text.slice(0, HEAD);
  return parsers
    .map((parser) => ({ parser, score: parser.detect(head, name) }))
    .sort((a, b) => b.score - a.score);
}

function forcedParser(forced: string): Parser {
  const parser = parsers.find((p) => p.format === forced);
  if (!parser) throw new UsageError(`unknown format "${forced}"; expected one of: ${formatIds().join(', ')}`);
  return parser;
}

/** Never guesses silently: a weak or close call asks the user for `--format`. */
export function detectParser(text: string, name: string, forced?: string): Parser {
  if (forced !== undefined) return forcedParser(forced);
  // Nothing to score: say so, rather than suggest a --format that cannot help.
  if (text.length < HEAD && text.trim() === '') {
    throw new UnknownFormatError(name, `: it is ${text === '' ? 'empty' : 'only blank lines'}`);
  }
  return pick(scoreParsers(text, name), text, name);
}

/**
 * Why a `.json` that no parser claims is no chat export: not JSON at all, broken (when detection
 * read the whole file), or none of the keys the JSON formats are known by.
 */
function jsonHint(text: string, name: string): string | undefined {
  if (!/\.json$/i.test(name)) return undefined;
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^[[{]/.test(body)) return 'read as JSON, it does not start with { or [';
  if (text.length <= HEAD) {
    try {
      JSON.parse(body);
    } catch (error) {
      // `at position 41` means little to a person with an editor: the line it falls on does.
      const skipped = text.slice(0, text.length - body.length).split('\n').length - 1;
      // V8 quotes the text it could not read (newlines and all): the message keeps only its first clause.
      const lineOf = (_: string, at: string) => ` at line ${skipped + body.slice(0, Number(at)).split('\n').length}`;
      const reason = (error as Error).message.replace(/, ".*" is not valid JSON$/s, '').replace(/\s+/g, ' ').replace(/(?: in JSON)? at position (\d+)/, lineOf);
      return `read as JSON, it is not valid JSON (${reason})`;
    }
  }
  if (body.slice(0, HEAD).includes('"@odata.context"')) return 'read as JSON, a Microsoft Graph response with no chat messages in it';
  return 'read as JSON, it has none of the keys a chat export has: "messageType" (Teams Graph), "messages" (Telegram, Discord), "chatTime" (Webex), "ts" (a Slack day file) or "text" (a JSON array of messages)';
}

/** A web page (a chat saved from the browser as HTML) is no export: its text is, copied out. */
const htmlHint = (head: string): string | undefined =>
  /^\s*(?:<!doctype html|<html[\s>])/i.test(head.replace(/^\uFEFF/, ''))
    ? 'it is a web page (HTML), not a chat export; select the chat in Teams or the browser, copy it, and save the text as a .txt file'
    : undefined;

function pick(scores: { parser: Parser; score: number }[], text: string, name: string): Parser {
  const head = text.slice(0, HEAD);
  const [best, second] = scores;
  if (best && best.score >= MIN_SCORE && (!second || best.score - second.score >= MIN_LEAD)) return best.parser;
  // The two best, so the message stays one short line however many parsers there are.
  const likely = scores.filter((s) => s.score > 0).slice(0, 2).map((s) => s.parser.format);
  // Nothing fits, but the file's name says what it meant to be: say what that format misses.
  const why = likely.length === 0 ? parsers.map((p) => p.whyNot?.(head, name)).find((w) => w !== undefined) ?? jsonHint(text, name) ?? htmlHint(head) : undefined;
  if (why !== undefined) throw new UnknownFormatError(name, `: ${why}`);
  const hint = likely.length > 0 ? `candidates: ${likely.join(', ')}` : 'see "chatnotes formats" for the list';
  throw new UnknownFormatError(name, `; try --format (${hint})`);
}
