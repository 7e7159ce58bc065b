/** Small helpers for reading parsed JSON records. */
import type { Message } from '../types.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/**
 * One record, made into its message (and reactions) as it streams past; ordered,
 * and its reply linked, once all are read, since a parent may come later.
 */
export interface RecordDraft {
  /** Time in ms, 0 when missing. */
  at: number;
  /** Document order, to break ties. */
  k: number;
  /** The platform's own id of the record, which replies name. */
  sourceId: string | undefined;
  /** The record's message first, then its reactions. */
  messages: Message[];
}

/**
 * The messages of all drafts in time order (document order breaking ties: exports can
 * be newest first), each reply's raw parent id turned into the parent's message id, or
 * into `missing(raw)` when the parent is not in the export.
 */
export function orderedMessages(drafts: RecordDraft[], missing: (raw: string) => string): Message[] {
  drafts.sort((a, b) => a.at - b.at || a.k - b.k);
  // Only the ids that replies name go in the map: a long export has few replies.
  const named = new Set<string>();
  for (const d of drafts) if (d.messages[0]!.replyTo !== undefined) named.add(d.messages[0]!.replyTo);
  const ids = new Map<string, string>();
  if (named.size > 0) for (const d of drafts) if (named.has(d.sourceId ?? '')) ids.set(d.sourceId ?? '', d.messages[0]!.id!);
  const messages: Message[] = [];
  for (const d of drafts) {
    const m = d.messages[0]!;
    if (m.replyTo !== undefined) m.replyTo = ids.get(m.replyTo) ?? missing(m.replyTo);
    for (const x of d.messages) messages.push(x);
  }
  return messages;
}
