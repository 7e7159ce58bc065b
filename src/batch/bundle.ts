/** Gathering the files of a multi-file export (Slack) into one zip, so it travels like any other export. */
import { zipSync, type Zippable } from 'fflate';
import type { Unit } from './classify.js';
import type { EntryResult } from './reader.js';

// A fixed time keeps the zip's bytes, and so its hash in the manifest, the same on every run.
const MTIME = new Date('2000-01-01T00:00:00Z');

export interface Collector {
  unit: Extract<Unit, { kind: 'bundle' }>;
  /** Adds one member; returns the whole bundle once every member has arrived. */
  add(path: string, result: EntryResult): EntryResult | undefined;
}

export function collector(unit: Extract<Unit, { kind: 'bundle' }>): Collector {
  const files = new Map<string, Uint8Array>();
  let error: string | undefined;
  const prefix = unit.path === '.' ? '' : `${unit.path}/`;
  let seen = 0;
  return {
    unit,
    add(path, result) {
      seen += 1;
      if ('error' in result) error ??= `${path}: ${result.error}`;
      else files.set(path.slice(prefix.length), result.bytes);
      if (seen < unit.members.length) return undefined;
      if (error) return { error };
      const sorted: Zippable = {};
      for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) sorted[name] = [bytes, { mtime: MTIME }];
      return { bytes: Buffer.from(zipSync(sorted, { level: 0 })) };
    },
  };
}
