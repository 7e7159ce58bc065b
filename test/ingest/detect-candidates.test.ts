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
    expect(message(text, 'odd.vtt')).toBe('odd.vtt: cannot tell the format of odd.vtt; try --format (candidates: webvtt, sbv)');
  });

  it('names no candidates when nothing claims the text, pointing at `chatnotes formats`', () => {
    expect(message('Dear all,\nthe minutes are attached.\n', 'notes.txt')).toBe('notes.txt: cannot tell the format of notes.txt; try --format (see "chatnotes formats" for the list)');
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
    expect(r.stderr).toBe('chatnotes: odd.vtt: cannot tell the format of odd.vtt; try --format (candidates: webvtt, sbv)\n');
  });

  it('reads the same file once --format settles it', async () => {
    const r = await runMain(['summarise', 'odd.vtt', '--format', 'sbv'], work);
    expect(r.exitCode).toBe(0);
  });
});
