/** Every sample export under fixtures/exports, as archive entries named `exports/<format>/<file>`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsers } from '../../src/ingest/parsers/index.js';

export const repo = resolve(import.meta.dirname, '../..');

const EXPECTATION = /\.(?:expected|overview)\.(?:json|md)$/;

/** Exports a parser reads today; a Slack zip waits for its parser (batch skips it meanwhile). */
export const readable = (path: string): boolean => !path.startsWith('exports/slack/') || parsers.some((p) => p.format.startsWith('slack'));

export function fixtureExports(): Record<string, Buffer> {
  const root = join(repo, 'fixtures/exports');
  const out: Record<string, Buffer> = {};
  for (const format of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, format)).sort()) {
      // Folder exports (Slack) are one export made of many files: the folder tests cover them.
      if (EXPECTATION.test(file) || file.endsWith('.md') || file.endsWith('.mjs') || statSync(join(root, format, file)).isDirectory()) continue;
      out[`exports/${format}/${file}`] = readFileSync(join(root, format, file));
    }
  }
  // Zoom's own folder layout, whose name gives the date and the topic.
  out['exports/2026-03-13 14.00.05 Peer Space/meeting_saved_chat.txt'] = readFileSync(join(root, 'zoom/z1.txt'));
  return out;
}
