/**
 * Lines MS Teams mixes into a pasted chat, as data (English UI; add a locale by
 * adding rows). Shapes are reported or unverified: see FORMATS.md 2.1.
 */
import { twin } from '../../text/charset.js';

/** Meeting events: each becomes a `system` message. */
export const teamsSystem: RegExp[] = [
  /^Meeting started\b/i,
  /^Meeting ended\b/i,
  /^(?:Recording|Transcription|Live captions) (?:has )?(?:started|stopped)\b/i,
  /^.+ has been invited to the meeting\.?$/i,
  /^.+ (?:has )?(?:joined|left) the (?:meeting|conversation|chat)\.?$/i,
  /^.+ added .+ to the (?:meeting|chat)\.?$/i,
];

const weekdays = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const months = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Interface text that leaks into a paste; removed from bodies. */
export const teamsChrome: RegExp[] = [
  /^Last read$/i,
  /^Url Preview for /i,
  /^\((?:GIF )?Image\)$/i,
  /has context menu\.?$/i,
  /, has an attachment\.?$/i,
  /^Praise card sent$/i,
  /^(?:Today|Yesterday)$/i,
  // Date dividers: `Monday, March 13`, `March 13, 2026`, `Friday 13 March`.
  new RegExp(`^(?:${weekdays},? )?(?:${months} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${months}(?: \\d{4})?)$`, 'i'),
  new RegExp(`^${weekdays}$`, 'i'),
];

/**
 * New layout: `2 Like reactions.`, `1 Heart reaction.` Most lines fail on their first
 * character, which is checked before any pattern (a Unicode letter class costs
 * milliseconds to compile); the pattern has an ASCII twin for simple text (text/charset.ts).
 */
const reactionCount = twin(/^\d+ [A-Za-z ]+ [Rr][Ee][Aa][Cc][Tt][Ii][Oo][Nn][Ss]?\.?$/, () => /^\d+ [\p{L} ]+ [Rr][Ee][Aa][Cc][Tt][Ii][Oo][Nn][Ss]?\.?$/u);
export const teamsReactionCount = {
  test: (line: string): boolean => {
    const c = line.charCodeAt(0);
    return c >= 48 && c <= 57 && reactionCount(line).test(line);
  },
};

/** Classic layout: a line of reaction names and counts, ` like 2 heart 1`. */
export const teamsReactionSuffix = /^\s*(?:(?:like|heart|laugh|surprised|sad|angry) \d+\s*)+$/i;

/** Emoji-only line (skin tones, ZWJ sequences, an optional count); at least one pictograph. */
export const emojiOnly = (line: string): boolean => {
  // Every pictograph, modifier, ZWJ and VS16 is above U+00A8: a plain first character rules the line out.
  const t = line.trim();
  if (t === '' || t.charCodeAt(0) < 0xa9) return false;
  return pictograph.test(line) && emojiLine.test(t);
};
const pictograph = /\p{Extended_Pictographic}/u;
const emojiLine = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+\d*$/u;

// Each pattern needs one of these words (checked case-insensitively first), so most body lines skip the table.
const systemWord = /meeting|recording|transcription|live captions|invited|joined|left the|added/i;
const chromeWord = /last read|url preview|image|context menu|attachment|praise card|today|yesterday|day|uary|march|april|may|june|july|august|ber/i;

export const isTeamsSystem = (line: string): boolean => mayBeSystem(line) && systemWord.test(line) && teamsSystem.some((re) => re.test(line));

const systemStart = /^(?:meeting|recording|transcription|live captions) /i;

/**
 * Every system pattern starts `Meeting `, `Recording `, `Transcription ` or `Live captions `,
 * or ends in `meeting`, `conversation` or `chat` (then maybe a full stop): other lines skip
 * the word scan. The patterns are `/i` without `u`, which matches ASCII letters only by
 * their ASCII case pair, so the endings are compared by character code, with no copy made.
 */
const mayBeSystem = (line: string): boolean => {
  const c = line.charCodeAt(0) | 32;
  // m, r, t or l: the first letters `systemStart` can match.
  if ((c === 109 || c === 114 || c === 116 || c === 108) && systemStart.test(line)) return true;
  let end = line.length;
  if (line.charCodeAt(end - 1) === 46) end--;
  return endsWithWord(line, end, 'meeting') || endsWithWord(line, end, 'chat') || endsWithWord(line, end, 'conversation');
};

/** `s.slice(0, end)` ends in the lower-case ASCII `word`, in either case. */
const endsWithWord = (s: string, end: number, word: string): boolean => {
  const at = end - word.length;
  if (at < 0) return false;
  // `| 32` folds A-Z onto a-z and leaves every code from U+0080 up above them: `word` holds only letters.
  for (let i = 0; i < word.length; i++) if ((s.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
};
export const isTeamsChrome = (line: string): boolean => mayBeChrome(line) && chromeWord.test(line) && teamsChrome.some((re) => re.test(line));

/**
 * Every chrome pattern is a whole short line (29 characters at most: `Wednesday, September 13, 2026`),
 * starts `Url Preview for `, or ends in `menu`, `attachment` or a full stop: a long body line
 * that does none of these skips the word scan.
 */
const mayBeChrome = (line: string): boolean => {
  if (line.length <= 32) return true;
  const first = line.charCodeAt(0) | 32;
  const last = line.charCodeAt(line.length - 1) | 32;
  return first === 117 || last === 117 || last === 116 || last === 46;
};

/** `Begin Reference, <preview…> by <Author>`: the start of a quoted reply block. */
export const beginReference = /^Begin Reference,\s*(.*?)(?:\s+by\s+([^,]+))?$/;
