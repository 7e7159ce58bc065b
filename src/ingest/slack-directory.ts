/** Names from a Slack export's `users.json` and `channels.json`: display names only, never e-mails or phones. */
import { InputError } from '../errors.js';
import type { BundleEntry } from '../types.js';
import { decode } from './decode.js';

type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const obj = (v: unknown): Row | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : undefined);

/** A JSON file of the bundle, parsed; a broken one is an InputError naming the file inside. */
export function readBundleJson(entry: BundleEntry, file: string): unknown {
  const name = `${file}/${entry.path}`;
  try {
    return JSON.parse(decode(entry.bytes, name));
  } catch (error) {
    throw new InputError(name, `not valid JSON: ${(error as Error).message}`, undefined, { cause: error });
  }
}

/**
 * Prefer `profile.display_name`, then `real_name`, then `name` (FORMATS.md 7.2);
 * a message's embedded `user_profile` has the display name at its top.
 */
export function personName(row: Row | undefined): string | undefined {
  const profile = obj(row?.profile);
  return str(profile?.display_name) ?? str(profile?.real_name) ?? str(row?.display_name) ?? str(row?.real_name) ?? str(row?.name);
}

/** User id to display name; Slackbot is implied, never listed. */
export function userNames(list: unknown): Map<string, string> {
  const names = new Map<string, string>([['USLACKBOT', 'Slackbot']]);
  for (const row of Array.isArray(list) ? list : []) {
    const id = str(obj(row)?.id);
    const name = personName(obj(row));
    if (id && name) names.set(id, name);
  }
  return names;
}

export interface SlackChannel {
  id?: string;
  /** The folder name: the channel name, a DM's id or a group DM's `mpdm-…` name. */
  folder: string;
  /** A DM or group DM (`dms.json`, `mpims.json`): its messages are direct ones. */
  direct: boolean;
}

/** Channels in the order the lists (`channels.json`, then groups, group DMs, DMs) give them. */
export function channelList(lists: { rows: unknown; direct: boolean }[]): SlackChannel[] {
  const out: SlackChannel[] = [];
  for (const { rows, direct } of lists) {
    for (const row of Array.isArray(rows) ? rows : []) {
      const r = obj(row);
      const id = str(r?.id);
      const folder = str(r?.name) ?? id;
      if (folder) out.push(id ? { id, folder, direct } : { folder, direct });
    }
  }
  return out;
}

/**
 * Whether a channel folder holds direct messages: listed in `dms.json` or `mpims.json`, or, when
 * no list names it, named as Slack names such folders (a DM's `D…` id, a group DM's `mpdm-…`).
 */
export function isDirectFolder(folder: string, listed: SlackChannel | undefined): boolean {
  return listed ? listed.direct : /^D[A-Z0-9]{8,}$/.test(folder) || folder.startsWith('mpdm-');
}
