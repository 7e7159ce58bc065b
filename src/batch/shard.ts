/** `--shard K/N`: a stable share of the entries, by a hash of each entry path, so machines can split one archive. */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard: expected K/N with 1 <= K <= N, got "${text}"`);
  return { index, count };
}

/** Whether an entry path falls in the shard; the same path always lands in the same share. */
export function inShard(path: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const n = createHash('sha256').update(path).digest().readUInt32BE(0);
  return n % shard.count === shard.index - 1;
}

export const formatShard = (s: Shard): string => `${s.index}/${s.count}`;
