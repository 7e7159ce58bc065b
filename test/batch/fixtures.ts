/** Every sample export under fixtures/exports, as archive entries named `exports/<format>/<file>`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');

const EXPECTATION = /\.(?:expected|overview)\.(?:json|md)$/;

/** The files of the Slack folder fixture, as entries under `prefix`: one export made of many files. */
export function slackFolder(prefix: string): Record<string, Buffer> {
  const root = join(repo, 'fixtures/exports/slack/peer-space-folder');
  const out: Record<string, Buffer> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[`${prefix}/${full.slice(root.length + 1).split('\\').join('/')}`] = readFileSync(full);
  }
  return out;
}

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
