/** Which entries are exports to summarise, which are skipped (and why), and which are bundles such as Slack exports. */
import type { EntryInfo } from './reader.js';

export type Unit =
  | { kind: 'export'; path: string }
  /** A folder that is one export (Slack): its files are read together. */
  | { kind: 'bundle'; path: string; members: string[] }
  | { kind: 'skipped' | 'failed'; path: string; reason: string };

// Not chat: recordings, pictures and documents that sit beside chats in a Zoom or Teams folder.
const NOT_CHAT = /\.(?:mp4|m4a|mp3|wav|webm|mov|mkv|avi|png|jpe?g|gif|webp|heic|svg|pdf|xlsx?|pptx?|odt|key|exe|dll|bin|iso|dmg)$/i;
// A nested .zip is read as one export (WhatsApp, Slack): parsers that read bytes decide.
const ARCHIVE = /\.(?:tar|tgz|tar\.gz|7z|rar)$/i;

const LINK = /^(?:symbolic )?link/;

const hidden = (path: string): boolean => path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX' || part === 'Thumbs.db');

const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Folders that are one export, not many files: a Slack export holds
 * `channels.json` and `users.json` at its top, and everything under it belongs to it.
 */
export function findSlackExports(paths: readonly string[]): string[] {
  const byDir = new Map<string, Set<string>>();
  for (const p of paths) {
    const dir = dirOf(p);
    const base = p.slice(dir ? dir.length + 1 : 0);
    if (base === 'channels.json' || base === 'users.json') byDir.set(dir, (byDir.get(dir) ?? new Set()).add(base));
  }
  return [...byDir].filter(([, names]) => names.size === 2).map(([dir]) => dir).sort();
}

const under = (dir: string, path: string): boolean => dir === '' || path === dir || path.startsWith(`${dir}/`);

/** One unit per export, in INPUT order; `config` entries (the config file and what it names) are skipped as configuration. */
export function classify(entries: readonly EntryInfo[], config: ReadonlySet<string>): Unit[] {
  const slack = findSlackExports(entries.filter((e) => !e.problem).map((e) => e.path));
  const units: Unit[] = [];
  const bundles = new Map<string, Extract<Unit, { kind: 'bundle' }>>();
  for (const e of entries) {
    const dir = e.problem ? undefined : slack.find((d) => under(d, e.path));
    if (dir === undefined) {
      units.push(unitOf(e, config));
      continue;
    }
    let bundle = bundles.get(dir);
    if (!bundle) {
      bundle = { kind: 'bundle', path: dir === '' ? '.' : dir, members: [] };
      bundles.set(dir, bundle);
      units.push(bundle);
    }
    if (!hidden(e.path)) bundle.members.push(e.path);
  }
  return units;
}

function unitOf(e: EntryInfo, config: ReadonlySet<string>): Unit {
  const { path, problem } = e;
  if (problem) return { kind: LINK.test(problem) ? 'skipped' : 'failed', path, reason: problem };
  if (config.has(path)) return { kind: 'skipped', path, reason: 'configuration' };
  if (hidden(path)) return { kind: 'skipped', path, reason: 'hidden or system file' };
  const ext = /\.[^./]+(?:\.gz)?$/.exec(path)?.[0] ?? '';
  if (ARCHIVE.test(path)) return { kind: 'skipped', path, reason: `archive inside INPUT (${ext}): not opened; run chatnotes batch on it` };
  if (NOT_CHAT.test(path)) return { kind: 'skipped', path, reason: `not a chat export (${ext.toLowerCase()})` };
  if (e.size === 0) return { kind: 'skipped', path, reason: 'empty file' };
  return { kind: 'export', path };
}
