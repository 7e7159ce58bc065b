/**
 * Words Zoom writes in the UI language of the client that saved the chat.
 * Kept as data so a new locale is a table row, not a regex edit.
 */
export const zoomKeywords = {
  /** `From` before the sender (German verified: pstoeckle/Zoom-Chat-Anonymizer; uk/ru reported). */
  from: ['From', 'Von', 'Від', 'От'],
  /** Between sender and recipient; Z1 files also show a capital `To`. */
  to: ['to', 'To', 'an', 'до', 'кому'],
  /** The public recipient. `Alle` (German) is unverified. */
  everyone: ['Everyone', 'everyone', 'Alle', 'Всі', 'Все'],
  /** Private markers in parentheses after the recipient; the German ones are unverified. */
  direct: ['Direct Message', 'Privately', 'privately', 'Direktnachricht', 'Privat', 'privat'],
  /** Reply prefixes before the quoted snippet (uk/ru reported: CodeNoob53/Zoom-chat-parser). */
  replying: ['Replying to', 'Відповідь на', 'Ответ на'],
} as const;

/** Escapes a keyword for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(?:A|B|C)` over a keyword list. */
export const anyOf = (words: readonly string[]): string => `(?:${words.map(escapeRegExp).join('|')})`;
