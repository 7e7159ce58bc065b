import { FILLERS, NEGATIONS, STOPWORDS } from './words.js';
import { findUrls, tokenize } from './tokens.js';

/** What two points are compared on: content stems, numbers and negations. */
export interface Signature {
  /** Distinct content stems, sorted. */
  content: string[];
  /** The word as written (lowercase) for each stem in `content`, for typo tolerance. */
  words: string[];
  /** Numbers in the text, sorted: "11 PSWs" and "3 PSWs" never match. */
  numbers: string;
  /** How many negations: "should continue" and "should not continue" never match. */
  negations: number;
  /** Exact-match key over all three parts. */
  key: string;
}

// "+1", "+100" mean agreement, not a number.
const PLUS_ONE = /(^|\s)\+\d+\b/g;
type Kind = 'number' | 'negation' | 'content' | 'other';

// What a word is to the signature, remembered: chat repeats its words a lot.
const kinds = new Map<string, Kind>();
const kindOf = (lower: string): Kind => {
  let kind = kinds.get(lower);
  if (kind === undefined) {
    kind = /[0-9]/.test(lower) ? 'number'
      : NEGATIONS.has(lower) || lower.endsWith("n't") ? 'negation'
      : STOPWORDS.has(lower) || FILLERS.has(lower) ? 'other'
      : 'content';
    if (kinds.size > 50_000) kinds.clear();
    kinds.set(lower, kind);
  }
  return kind;
};

/**
 * Sorts a short array in place by insertion, stably: a point has a handful of
 * words, and Array.prototype.sort allocates a work array on every call.
 */
export function sortSmall<T>(items: T[], before: (a: T, b: T) => boolean): T[] {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && before(item, items[j]!)) {
      items[j + 1] = items[j]!;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Builds the comparison signature of a point's text. */
export function signatureOf(text: string): Signature {
  const content = new Map<string, string>();
  const numbers: string[] = [];
  let negations = 0;
  // Most texts have no "+1": tokenize the text itself, which is usually memoised already.
  const tokens = tokenize(text.includes('+') ? text.replace(PLUS_ONE, ' ') : text);
  for (let i = 0; i < tokens.length; i += 1) {
    const { lower, stem } = tokens[i]!;
    const kind = kindOf(lower);
    if (kind === 'number') numbers.push(lower);
    else if (kind === 'negation') negations += 1;
    else if (kind === 'content') content.set(stem, lower);
  }
  // A link is content: two messages sharing different links are two points.
  const urls = findUrls(text);
  for (let i = 0; i < urls.length; i += 1) {
    const url = urls[i]!.toLowerCase();
    content.set(url, url);
  }
  const sorted: string[] = [];
  content.forEach((_, stem) => sorted.push(stem));
  sortSmall(sorted, (a, b) => a < b);
  const numberKey = numbers.length > 1 ? numbers.sort().join(',') : numbers.length === 1 ? numbers[0]! : '';
  return {
    content: sorted,
    words: sorted.map((s) => content.get(s)!),
    numbers: numberKey,
    negations,
    key: `${sorted.join(' ')}|${numberKey}|${negations}`,
  };
}

/** True when `a` from `i` on equals `b` from `j` on; compares in place, without slicing. */
function tailsEqual(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i += 1, j += 1) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * True when two words differ by at most one edit (insert, delete, substitute, swap).
 * Called for many candidate pairs, so it allocates nothing.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (a.length === b.length) {
    if (tailsEqual(a, i + 1, b, i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && tailsEqual(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? tailsEqual(a, i + 1, b, i) : tailsEqual(a, i, b, i + 1);
}

// Only longer words get typo tolerance: short words differ in meaning by one letter.
// Links must match exactly.
const typo = (a: string, b: string): boolean =>
  a.length >= 5 && b.length >= 5 && withinOneEdit(a, b) && !a.includes('://') && !b.includes('://');

const covers = (large: Signature, small: Signature): boolean =>
  small.content.every(
    (stem, i) => large.content.includes(stem) || large.words.some((word) => typo(small.words[i]!, word)),
  );

/**
 * True when two points say the same thing: same numbers and negations, and the
 * content words of one are (up to typos) the other's, or a large part of them.
 */
export function sameMeaning(a: Signature, b: Signature): boolean {
  if (a.key === b.key) return true;
  if (a.numbers !== b.numbers || a.negations !== b.negations) return false;
  const aSmaller = a.content.length <= b.content.length;
  const small = aSmaller ? a : b;
  const large = aSmaller ? b : a;
  const equal = small.content.length === large.content.length;
  // Sizes first: they rule out most candidates without looking at a word.
  if (small.content.length === 0 || (!equal && (small.content.length < 3 || small.content.length / large.content.length < 0.75))) return false;
  if (!covers(large, small)) return false;
  return equal ? covers(small, large) : true;
}
