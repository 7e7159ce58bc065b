import { stemmer } from 'stemmer';

/** A word token as written, with its lowercase form and Porter stem. */
export interface Token {
  raw: string;
  lower: string;
  stem: string;
}

// Letters and digits, with inner apostrophes ("don't", "O'Neil"); hyphens, dashes
// and slashes split words, so "post-hiring" is two tokens on both sides of a match.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const URL = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu;

const stems = new Map<string, string>();

/** Porter stem of a lowercase word, memoised: chat text repeats words a lot. */
export function stem(lower: string): string {
  let s = stems.get(lower);
  if (s === undefined) {
    s = /^\p{N}+$/u.test(lower) ? lower : stemmer(lower.includes("'") ? lower.replace(/'/g, '') : lower);
    if (stems.size > 50_000) stems.clear();
    stems.set(lower, s);
  }
  return s;
}

/** Splits text into word tokens, ignoring URLs, emoji and punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const plain = text.includes('://') ? text.replace(URL, ' ') : text;
  for (const match of plain.matchAll(WORD)) {
    const raw = match[0];
    const lower = raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
    tokens.push({ raw, lower, stem: stem(lower) });
  }
  return tokens;
}

/** The lowercase words of a text, URLs left out: `tokenize` without stems, for hot paths. */
export function lowerWords(text: string): string[] {
  const plain = text.includes('://') ? text.replace(URL, ' ') : text;
  const out: string[] = [];
  for (const match of plain.matchAll(WORD)) out.push(match[0].includes('’') ? match[0].toLowerCase().replace(/’/g, "'") : match[0].toLowerCase());
  return out;
}

/** True when the text has a word outside its URLs. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text.includes('://') ? text.replace(URL, ' ') : text);

/** Every http(s) URL in the text, in order. */
export const findUrls = (text: string): string[] => (text.includes('://') ? (text.match(URL) ?? []) : []);

export const URL_PATTERN = URL;
