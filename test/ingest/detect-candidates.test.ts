import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { detectParser, scoreParsers } from '../../src/ingest/detect.js';
import { runMain } from '../support/cli.js';

const message = (text: string, name: string): string => {
  try {
    detectParser(text, name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected detectParser to refuse');
};

describe('cannot tell the format', () => {
  it('names only the two best candidates of a close call', () => {
    // A VTT cue line and Meet cue lines in one headerless file: webvtt (by name) and sbv both claim it.
    const text = '00:00:01.000 --> 00:00:02.000\nhi\n\n0:00:05.120,0:00:05.120\nRobin Hart: hi\n';
    expect(message(text, 'odd.vtt')).toBe('cannot tell the format of odd.vtt; try --format (candidates: webvtt, sbv)');
  });

  it('names no candidates when nothing claims the text, pointing at `chatnotes formats`', () => {
    expect(message('Dear all,\nthe minutes are attached.\n', 'notes.txt')).toBe('cannot tell the format of notes.txt; try --format (see "chatnotes formats" for the list)');
  });

  it('says what a .csv or .jsonl that nothing claims lacks, naming its columns or keys', () => {
    const names = 'name one message, text, content, body, comment or msg';
    expect(message('when,who,what\n2026-03-13 14:00,Robin,hello\n', 'report.csv')).toBe(
      `cannot tell the format of report.csv: read as CSV, its header (when, who, what) has no message column; ${names}`,
    );
    expect(message('\n{"a":1,"b":"x"}\n{"a":2}\n', 'rows.jsonl')).toBe(
      `cannot tell the format of rows.jsonl: read as JSON Lines, its first object (a, b) has no message key; ${names}`,
    );
    expect(message('hello\n{"a":2}\n', 'rows.ndjson')).toBe('cannot tell the format of rows.ndjson: read as JSON Lines, line 1 is not a JSON object');
    // A long header stays one short line: eight names at most, each clipped, control characters shown as `?`.
    const wide = `${Array.from({ length: 12 }, (_, i) => `col${i}`).join(';')};${'x'.repeat(60)}\u0007\n1;2\n`;
    expect(message(wide, 'wide.csv')).toBe(`cannot tell the format of wide.csv: read as CSV, its header (col0, col1, col2, col3, col4, col5, col6, col7, … (13 in all)) has no message column; ${names}`);
    expect(message(`a;${'x'.repeat(60)}\u0007\n`, 'long.csv')).toContain(`(a, ${'x'.repeat(29)}…)`);
    expect(message('a,\u0007b\n', 'bell.csv')).toContain('(a, ?b)');
  });

  it('says why a .json that nothing claims is no chat export: not JSON, broken JSON (with its line), or no chat keys', () => {
    const cannot = (text: string) => message(text, 'data.json').replace('cannot tell the format of data.json: read as JSON, ', '');
    expect(cannot('hello')).toBe('it does not start with { or [');
    expect(cannot('\uFEFF\n\n{\n "a" 1}')).toBe("it is not valid JSON (Expected ':' after property name at line 4)");
    expect(cannot('{"a": 1} x')).toBe('it is not valid JSON (Unexpected non-whitespace character after JSON at line 1)');
    // V8 quotes the broken text back, newlines and all: never in the one-line message.
    expect(cannot('{\n "a": 1,\n "b": }\n')).toBe("it is not valid JSON (Unexpected token '}')");
    expect(cannot('{"a": ')).toBe('it is not valid JSON (Unexpected end of JSON input)');
    expect(cannot('{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats", "value": []}')).toBe('a Microsoft Graph response with no chat messages in it');
    expect(cannot('{"foo": 1}')).toBe('it has none of the keys a chat export has: "messageType" (Teams Graph), "messages" (Telegram, Discord), "chatTime" (Webex), "ts" (a Slack day file) or "text" (a JSON array of messages)');
    // Past what detection reads, the file is not parsed whole: only the keys are judged.
    expect(cannot(`{"foo": "${'x'.repeat(5000)}"`)).toMatch(/^it has none of the keys/);
  });

  it('says a web page is no export, and how to get the chat out of it', () => {
    const page = 'it is a web page (HTML), not a chat export; select the chat in Teams or the browser, copy it, and save the text as a .txt file';
    expect(message('\uFEFF<!DOCTYPE html>\n<html lang="en"><body><div>Robin Hart</div></body></html>\n', 'Chat _ Microsoft Teams.html')).toBe(`cannot tell the format of Chat _ Microsoft Teams.html: ${page}`);
    expect(message('  <html>\n<p>hi</p>\n</html>\n', 'saved.htm')).toBe(`cannot tell the format of saved.htm: ${page}`);
    // Markup in a chat is still a chat's to judge: only a page's own start counts.
    expect(message('<htmlish> notes\n', 'notes.txt')).toMatch(/; try --format/);
  });

  it('says only "cannot tell" when the name claims no format, or the head is one cut-off line', () => {
    const unknown = '; try --format (see "chatnotes formats" for the list)';
    expect(message('when,who,what\n1,2,3\n', 'report.txt')).toBe(`cannot tell the format of report.txt${unknown}`);
    expect(message('{"a":1,"b":"x"}', 'cut.jsonl')).toBe(`cannot tell the format of cut.jsonl${unknown}`);
  });

  it('picks each new fixture format with a clear lead over the runner-up', () => {
    const root = join(import.meta.dirname, '../../fixtures/exports');
    for (const format of ['webvtt', 'sbv', 'teams-graph', 'telegram', 'discord-json', 'discord-csv']) {
      for (const file of readdirSync(join(root, format)).filter((f) => !/\.(expected|overview)\.(json|md)$/.test(f))) {
        const text = decode(readFileSync(join(root, format, file)), file);
        const [best, second] = scoreParsers(text, file);
        expect(best!.parser.format, file).toBe(format);
        expect(best!.score - (second?.score ?? 0), file).toBeGreaterThanOrEqual(0.1);
      }
    }
  });
});

describe('through main()', () => {
  const work = mkdtempSync(join(tmpdir(), 'chatnotes-detect-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exits 2 with the one-line reason and the two candidates', async () => {
    writeFileSync(join(work, 'odd.vtt'), '00:00:01.000 --> 00:00:02.000\nhi\n\n0:00:05.120,0:00:05.120\nRobin Hart: hi\n');
    const r = await runMain(['summarise', 'odd.vtt'], work);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('chatnotes: cannot tell the format of odd.vtt; try --format (candidates: webvtt, sbv)\n');
  });

  it('reads the same file once --format settles it', async () => {
    const r = await runMain(['summarise', 'odd.vtt', '--format', 'sbv'], work);
    expect(r.exitCode).toBe(0);
  });
});
