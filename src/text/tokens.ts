import { stemmer } from 'stemmer';
import { isSimple } from './charset.js';

/** A word token as written, with its lowercase form and Porter stem. */
export interface Token {
  raw: string;
  lower: string;
  stem: string;
}

// Letters and digits, with inner apostrophes ("don't", "O'Neil"); hyphens, dashes
// and slashes split words, so "post-hiring" is two tokens on both sides of a match.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// The same words for simple text (see charset.ts), where it matches exactly what WORD does
// and needs no Unicode tables.
const ASCII_WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
// No `u` flag: nothing in it needs one, and without it the pattern compiles faster.
// A `(…)` group is part of the URL (Wikipedia's `Peer_support_(mental_health)`); any other
// `)` ends it, so `(see https://example.org/rota)` keeps its bracket out, as GFM does. A `(`
// with no `)` to close it stays a character of the URL, as before groups were read.
const URL = /\bhttps?:\/\/(?:\([^\s<>"'()\]]*\)|\((?![^\s<>"'()\]]*\))|[^\s<>"'()\]])+(?:\([^\s<>"'()\]]*\)|\((?![^\s<>"'()\]]*\))|[^\s<>"'()\].,;:!?])/gi;

const stems = new Map<string, string>();

/** Porter stem of a lowercase word, memoised: chat text repeats words a lot. */
export function stem(lower: string): string {
  let s = stems.get(lower);
  if (s === undefined) {
    s = (isSimple(lower) ? /^[0-9]+$/ : /^\p{N}+$/u).test(lower) ? lower : stemmer(lower.includes("'") ? lower.replace(/'/g, '') : lower);
    if (stems.size > 50_000) stems.clear();
    stems.set(lower, s);
  }
  return s;
}

const withoutUrls = (text: string): string => (text.includes('://') ? text.replace(URL, ' ') : text);

/** The words of a text as written, in order, URLs left out. */
function rawWords(text: string): string[] {
  const plain = withoutUrls(text);
  // One array of matched strings, not a match object per word.
  return plain.match(isSimple(plain) ? ASCII_WORD : WORD) ?? [];
}

const lowerOf = (raw: string): string => (raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase());

// Each point is tokenized for merging and again for its theme: remember the last few thousand.
const recent = new Map<string, Token[]>();
const RECENT = 4096;

/** Splits text into word tokens, ignoring URLs, emoji and punctuation. The result is shared: do not change it. */
export function tokenize(text: string): readonly Token[] {
  let tokens = recent.get(text);
  if (tokens === undefined) {
    tokens = rawWords(text).map((raw) => {
      const lower = lowerOf(raw);
      return { raw, lower, stem: stem(lower) };
    });
    if (recent.size >= RECENT) recent.clear();
    recent.set(text, tokens);
  }
  return tokens;
}

/** The lowercase words of a text, URLs left out: `tokenize` without stems, for hot paths. */
export const lowerWords = (text: string): string[] => rawWords(text).map(lowerOf);

/** True when the text has a word outside its URLs. */
export const hasWords = (text: string): boolean => {
  const plain = withoutUrls(text);
  return (isSimple(plain) ? /[A-Za-z0-9]/ : /[\p{L}\p{N}]/u).test(plain);
};

/** Every http(s) URL in the text, in order. */
export const findUrls = (text: string): string[] => (text.includes('://') ? (text.match(URL) ?? []) : []);

export const URL_PATTERN = URL;
