/** What Zoom puts inside a message body: reactions, removed reactions and replies (Z3 and Z4). */
import type { MessageKind } from '../types.js';
import { anyOf, zoomKeywords } from './keywords/zoom.js';
import { joinBody } from './text.js';

export interface BodyMeaning {
  kind: MessageKind;
  text: string;
  replyTo?: string;
}

// The snippet may hold a newline (the Go parser joins lines until " with " appears).
const reacted = /^Reacted to "([\s\S]*)" with (\S[\s\S]*)$/;
const removed = /^Removed a (.+?) reaction from "([\s\S]*)"$/;
// An older synthetic variant that applies to the previous message (reported).
const addRemove = /^(?:add|remove) \p{Extended_Pictographic}/u;
const replying = new RegExp(`^${anyOf(zoomKeywords.replying)} "`);

/**
 * Whether `readBody` may find more than a plain message: every pattern starts with a non-ASCII
 * keyword or one of a few ASCII openings, so most bodies are settled here without a regex.
 */
export const mayBeSpecial = (body: string): boolean => {
  const c = body.charCodeAt(0);
  if (c >= 0x80) return true;
  for (let i = 0; i < asciiOpenings.length; i++) {
    const o = asciiOpenings[i]!;
    if (o.charCodeAt(0) === c && body.startsWith(o)) return true;
  }
  return false;
};
/** What an ASCII-led body must start with to match a pattern (reply keywords in other scripts are non-ASCII-led). */
const asciiOpenings = ['Reacted to "', 'Removed a ', 'add ', 'remove ', ...zoomKeywords.replying.map((k) => `${k} "`)].filter((o) => o.charCodeAt(0) < 0x80);

/** Classifies a joined body; reactions keep their full line as text so nothing is lost. */
export function readBody(body: string, previousId?: string): BodyMeaning {
  if (!mayBeSpecial(body)) return { kind: 'message', text: body };
  const react = reacted.exec(body);
  if (react) return { kind: 'reaction', text: body, replyTo: react[1]! };
  const unreact = removed.exec(body);
  if (unreact) return { kind: 'reaction', text: body, replyTo: unreact[2]! };
  if (addRemove.test(body) && !body.includes('\n')) {
    return previousId === undefined ? { kind: 'reaction', text: body } : { kind: 'reaction', text: body, replyTo: previousId };
  }
  const reply = splitReply(body);
  if (reply) return { kind: 'message', text: reply.text, replyTo: reply.snippet };
  return { kind: 'message', text: body };
}

/**
 * `Replying to "snippet"` then the reply on the next lines, or on the same line
 * (`Replying to "Good morning folks" Hi John`). The snippet ends at a quote that
 * ends the line, else at the last `..." ` / `…" `, else at the first `" `.
 */
export function splitReply(body: string): { snippet: string; text: string } | undefined {
  const open = replying.exec(body);
  if (!open) return undefined;
  const after = body.slice(open[0].length);
  const eol = after.indexOf('\n');
  const line = eol === -1 ? after : after.slice(0, eol);
  const below = eol === -1 ? [] : after.slice(eol + 1).split('\n');
  if (line.endsWith('"')) return { snippet: line.slice(0, -1), text: joinBody(below) };
  const ellipsis = Math.max(line.lastIndexOf('..." '), line.lastIndexOf('…" '));
  const cut = ellipsis >= 0 ? line.indexOf('" ', ellipsis) : line.indexOf('" ');
  if (cut < 0) return undefined;
  return { snippet: line.slice(0, cut), text: joinBody([line.slice(cut + 2), ...below]) };
}
