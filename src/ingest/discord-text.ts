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
  return field
    .split(/,(?=\S)/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => r.replace(/^(.+?)\s*\((\d+)\)$/, (_, e: string, n: string) => (n === '1' ? e : `${e} ${n}`)));
}

// DCE writes these fallback texts for notifications (PlainTextMessageExtensions.cs); CSV has no type column to say so.
const systemTexts = /^(?:Joined the server\.|Pinned a message\.|Started a thread\.|Left the group\.|Added .+ to the group\.|Removed .+ from the group\.|Started a call that lasted \d+ minutes?\.|Changed the channel (?:name|icon)\..*)$/;

/** A CSV row's content that is one of DCE's notification texts. */
export const isDiscordSystemText = (content: string): boolean => systemTexts.test(content.trim());
