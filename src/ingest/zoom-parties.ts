/** Splits Zoom's `Sender to Recipient(Direct Message)` into an author and a recipient kind. */
import { anyOf, escapeRegExp, zoomKeywords } from './keywords/zoom.js';

export interface Parties {
  author: string;
  to: 'everyone' | 'direct';
  /** Several " to " splits were possible and no known sender settled it. */
  ambiguous?: boolean;
}

const to = anyOf(zoomKeywords.to);
// Any case: the marker's case varies between Zoom versions (`(Privately)`, `(privately)`), and a
// private message read as public would end up in the overview.
const directEnd = new RegExp(`^(.*?)\\s?\\(${anyOf(zoomKeywords.direct)}\\)$`, 'i');
const everyoneEnd = new RegExp(`^(.+?)\\s+${to}\\s+${anyOf(zoomKeywords.everyone)}$`);
const toSplit = new RegExp(`\\s(?:${zoomKeywords.to.map(escapeRegExp).join('|')})\\s`, 'g');
// Z1/Z2 put two spaces on each side of the separator, where names have single spaces.
const wideSplit = new RegExp(`\\s{2}${to}\\s{2}`, 'g');

/**
 * Anchors on the known endings first (`Everyone`, `(Direct Message)`), because a
 * display name can itself contain " to " ("Back to Work"). When a private line has
 * several " to ", the sender is the split whose left side is a name seen elsewhere,
 * else the one double-spaced separator of the older layouts.
 */
export function splitParties(raw: string, known: ReadonlySet<string> = new Set()): Parties {
  const s = raw.replace(/\s+/g, ' ').trim();
  const direct = directEnd.exec(s);
  if (direct) {
    const rest = direct[1]!.trim();
    const lefts = splits(rest);
    const hit = lefts.find((left) => known.has(left));
    if (hit !== undefined || lefts.length < 2) return { author: hit ?? lefts[0] ?? rest, to: 'direct' };
    const wide = [...raw.trim().matchAll(wideSplit)];
    if (wide.length === 1) return { author: raw.trim().slice(0, wide[0]!.index).replace(/\s+/g, ' '), to: 'direct' };
    return { author: lefts[0]!, to: 'direct', ambiguous: true };
  }
  const everyone = everyoneEnd.exec(s);
  if (everyone) return { author: everyone[1]!.trim(), to: 'everyone' };
  // No recipient part (Z1 public line), unless the left side of a " to " is a known sender.
  const sender = splits(s).find((left) => known.has(left));
  return sender === undefined ? { author: s, to: 'everyone' } : { author: sender, to: 'direct' };
}

/** Whether `splitParties(raw, known)` can come out differently for another `known`: only when a " to " split is left to pick. */
export function dependsOnKnown(raw: string): boolean {
  const s = raw.replace(/\s+/g, ' ').trim();
  const direct = directEnd.exec(s);
  if (direct) return splits(direct[1]!.trim()).length > 0;
  return !everyoneEnd.test(s) && splits(s).length > 0;
}

/** Left sides of every " to " split, shortest first. */
const splits = (s: string): string[] => [...s.matchAll(toSplit)].map((m) => s.slice(0, m.index).trim());
