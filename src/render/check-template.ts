/** A user's template checked before any export is read, so a broken one is a clear input error. */
import Mustache from 'mustache';
import { InputError } from '../errors.js';

/** Throws an InputError at the template's line when Mustache cannot parse it (an unclosed section or tag). */
export function checkTemplate(text: string, file: string): void {
  try {
    Mustache.parse(text);
  } catch (error) {
    // Mustache ends its messages with the character offset: `Unclosed section "sections" at 18`.
    // For an unclosed section or tag that is the end of the text: the line is where it opens.
    const message = error instanceof Error ? error.message : String(error);
    const at = / at (\d+)$/.exec(message);
    const section = /^Unclosed section "(.*)"/.exec(message)?.[1];
    const opened = section !== undefined ? lastOpening(text, section) : message.startsWith('Unclosed tag') ? text.lastIndexOf('{{') : -1;
    const offset = opened >= 0 ? opened : at ? Number(at[1]) : undefined;
    const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
    throw new InputError(file, `not a valid Mustache template: ${message.replace(/ at \d+$/, '')}`, line);
  }
}

/** Where the last `{{#name}}` or `{{^name}}` starts, or -1. */
function lastOpening(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let last = -1;
  for (const m of text.matchAll(new RegExp(`\\{\\{\\s*[#^]\\s*${escaped}\\s*\\}\\}`, 'g'))) last = m.index;
  return last;
}
