/** DiscordChatExporter content to plain text, shared by its JSON and CSV parsers. */

// Paired markers only: a lone `*` or `_` is too often real text (snake_case, footnotes).
// Each with the marker it needs: a replace runs only where its marker is (an `includes` costs far less).
const pairs: [RegExp, string][] = [
  [/```[^\n]*\n?([\s\S]*?)```/g, '```'],
  [/\*\*([^*\n]+)\*\*/g, '**'],
  [/__([^_\n]+)__/g, '__'],
  [/~~([^~\n]+)~~/g, '~~'],
  [/\|\|([^|\n]+)\|\|/g, '||'],
];

/** Flattens Discord Markdown (bold, underline, strike, spoilers, code fences); the render step escapes the rest. */
export function discordText(content: string): string {
  // Most messages carry no markup: one scan instead of five replaces.
  if (!/[*_~|`]/.test(content)) return content.trim();
  let out = content;
  for (const [re, marker] of pairs) if (out.includes(marker)) out = out.replace(re, '$1');
  return out.trim();
}

/** DCE's kinds that are notifications rather than something a person wrote (MessageKind.cs). */
export const isDiscordSystem = (type: string | undefined): boolean => type !== undefined && type !== 'Default' && type !== 'Reply';

/** `👍 (3),❤️ (1)` (DCE CSV) to one `emoji count` text per reaction. */
export function csvReactions(field: string): string[] {
  if (field === '') return [];
  // Most rows have one reaction: no split, no regex.
  if (!field.includes(',')) {
    const r = field.trim();
    return r === '' ? [] : [reaction(r)];
  }
  return field
    .split(/,(?=\S)/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map(reaction);
}

/** JavaScript's `\s`. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
// What `.` does not match.
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * `r.replace(/^(.+?)\s*\((\d+)\)$/, ...)` by hand: `emoji (n)` to `emoji n`, or just
 * `emoji` for a count of `1`; anything else as it is. The count is the digits in the
 * last brackets; the lazy emoji part ends before the spaces in front of them.
 */
export function reaction(r: string): string {
  const n = r.length;
  if (r.charCodeAt(n - 1) !== 41) return r;
  const open = r.lastIndexOf('(');
  if (open < 1 || open > n - 3) return r;
  for (let i = open + 1; i < n - 1; i++) {
    const c = r.charCodeAt(i);
    if (c < 48 || c > 57) return r;
  }
  let end = open;
  while (end > 1 && isSpace(r.charCodeAt(end - 1))) end--;
  for (let i = 0; i < end; i++) if (isLineEnd(r.charCodeAt(i))) return r;
  const emoji = r.slice(0, end);
  const count = r.slice(open + 1, n - 1);
  return count === '1' ? emoji : `${emoji} ${count}`;
}

// DCE writes these fallback texts for notifications (PlainTextMessageExtensions.cs); CSV has no type column to say so.
const systemTexts = /^(?:Joined the server\.|Pinned a message\.|Started a thread\.|Left the group\.|Added .+ to the group\.|Removed .+ from the group\.|Started a call that lasted \d+ minutes?\.|Changed the channel (?:name|icon)\..*)$/;

/** A CSV row's content that is one of DCE's notification texts. */
export const isDiscordSystemText = (content: string): boolean => mayBeSystemText(content) && systemTexts.test(content.trim());

// The first two letters of each notification text: Jo(ined), Pi(nned), St(arted), Le(ft), Ad(ded), Re(moved), Ch(anged).
const SYSTEM_STARTS = new Set(['Jo', 'Pi', 'St', 'Le', 'Ad', 'Re', 'Ch'].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));

/** False when `content` plainly starts (printable ASCII, no space to trim) other than a notification text does. */
function mayBeSystemText(content: string): boolean {
  const a = content.charCodeAt(0);
  if (!(a > 32 && a < 127)) return true;
  return SYSTEM_STARTS.has(a * 65536 + content.charCodeAt(1));
}
