/** A Teams message's text from its body lines. */
import { isBlank, joinBody } from './text.js';

/**
 * `joinBody(lines)`; a body with one line of text among blank ones (the blank
 * line after a header, or before the next one) is that line, with no slice and join.
 */
export function bodyText(lines: string[]): string {
  let text = -1;
  for (let k = 0; k < lines.length; k++) {
    if (isBlank(lines[k]!)) continue;
    if (text !== -1) return joinBody(lines);
    text = k;
  }
  return text === -1 ? '' : lines[text]!;
}
