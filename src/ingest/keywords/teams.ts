/**
 * Lines MS Teams mixes into a pasted chat, as data (English UI; add a locale by
 * adding rows). Shapes are reported or unverified: see FORMATS.md 2.1.
 */

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

/** New layout: `2 Like reactions.`, `1 Heart reaction.` */
export const teamsReactionCount = /^\d+ [\p{L} ]+ reactions?\.?$/iu;

/** Classic layout: a line of reaction names and counts, ` like 2 heart 1`. */
export const teamsReactionSuffix = /^\s*(?:(?:like|heart|laugh|surprised|sad|angry) \d+\s*)+$/i;

/** Emoji-only line (skin tones, ZWJ sequences, an optional count); at least one pictograph. */
export const emojiOnly = (line: string): boolean =>
  /\p{Extended_Pictographic}/u.test(line) &&
  /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+\d*$/u.test(line.trim());

export const isTeamsSystem = (line: string): boolean => teamsSystem.some((re) => re.test(line));
export const isTeamsChrome = (line: string): boolean => teamsChrome.some((re) => re.test(line));

/** `Begin Reference, <preview…> by <Author>`: the start of a quoted reply block. */
export const beginReference = /^Begin Reference,\s*(.*?)(?:\s+by\s+([^,]+))?$/;
