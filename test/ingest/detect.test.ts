import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { detectParser, formatIds, scoreParsers } from '../../src/ingest/detect.js';
import { parsers } from '../../src/ingest/parsers/index.js';

const cannotTell = (text: string, name: string) => {
  try {
    detectParser(text, name);
  } catch (error) {
    return error;
  }
  throw new Error('expected detectParser to throw');
};

describe('detectParser', () => {
  it('lists every parser once, with unique ids', () => {
    expect(formatIds()).toEqual(['zoom', 'zoom-cloud', 'webvtt', 'sbv', 'whatsapp', 'teams-paste', 'teams-classic', 'teams-docx', 'teams-graph', 'telegram', 'discord-json', 'webex', 'jsonl', 'discord-csv', 'csv', 'slack']);
    for (const p of parsers) expect(p.description.length).toBeGreaterThan(10);
  });

  it('picks the clear winner for each shape', () => {
    const cases: [string, string][] = [
      ['14:02:11 From A to Everyone:\n\thi\n14:03:00 From B to Everyone:\n\tyo\n', 'zoom'],
      ['00:01:05\tA:\thi\n00:01:09\tB:\tyo\n', 'zoom-cloud'],
      ['Robin Hart\n13/03/2026 14:02\n\nhi\nSam Okafor\n13/03/2026 14:03\n\nyo\n', 'teams-paste'],
      ['[10:02] Robin Hart\nhi\n\n[10:03] Sam Okafor\nyo\n', 'teams-classic'],
      ['{"time":"1","author":"A","text":"x"}\n{"time":"2","author":"B","text":"y"}\n', 'jsonl'],
      ['timestamp;author;message\n1;A;x\n', 'csv'],
    ];
    for (const [text, format] of cases) expect(detectParser(text, 'input').format).toBe(format);
  });

  it('only looks at the first 4 KB', () => {
    const text = `${'just prose\n'.repeat(500)}14:02:11 From A to Everyone:\n\thi\n`;
    expect(scoreParsers(text, 'x.txt')[0]!.score).toBe(0);
  });

  it('refuses to guess on unknown input, with the exact message', () => {
    const error = cannotTell('Dear all,\nplease find the notes attached.\n', 'notes.txt');
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'cannot tell the format of notes.txt; try --format (see "chatnotes formats" for the list)',
    );
  });

  it('says an input is empty or blank instead of suggesting --format', () => {
    expect((cannotTell('', 'empty.txt') as Error).message).toBe('cannot tell the format of empty.txt: it is empty');
    expect((cannotTell('\n  \n\t\n', 'blank.txt') as Error).message).toBe('cannot tell the format of blank.txt: it is only blank lines');
    // Blank only as far as detection reads: the usual message, not a claim about the whole file.
    expect((cannotTell(' '.repeat(5000), 'wide.txt') as Error).message).toMatch(/cannot tell the format of wide\.txt; try --format/);
  });

  it('refuses a close call and names the close candidates', () => {
    const error = cannotTell('10:01:05\t From  Robin Hart : hi\n\n[10:02] Sam Okafor\nhello\n', 'mixed.txt') as Error;
    expect(error.message).toBe('cannot tell the format of mixed.txt; try --format (candidates: zoom, teams-classic)');
  });

  it('honours a forced format and rejects an unknown one with the list of ids', () => {
    expect(detectParser('anything', 'x', 'csv').format).toBe('csv');
    expect(() => detectParser('anything', 'x', 'webex-txt')).toThrow(UsageError);
    expect(() => detectParser('anything', 'x', 'webex-txt')).toThrow(
      'unknown format "webex-txt"; expected one of: zoom, zoom-cloud, webvtt, sbv, whatsapp, teams-paste, teams-classic, teams-docx, teams-graph, telegram, discord-json, webex, jsonl, discord-csv, csv, slack',
    );
  });

  it('does not mistake one fixture format for another', () => {
    // Cross-check: each parser scores the other formats' fixtures below 0.5.
    const files = {
      zoom: 'fixtures/exports/zoom/z3.txt',
      'teams-paste': 'fixtures/exports/teams-paste/new-layout.txt',
      'teams-classic': 'fixtures/exports/teams-classic/2026-03-16-classic.txt',
      csv: 'fixtures/exports/csv/excel-semicolon-bom.csv',
    };
    for (const [format, file] of Object.entries(files)) {
      const scores = scoreParsers(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'), file);
      expect(scores[0]!.parser.format).toBe(format);
      expect(scores[1]!.score).toBeLessThan(0.5);
    }
  });
});
