import { describe, expect, it } from 'vitest';
import { findUrls, lowerWords, tokenize } from '../../src/text/tokens.js';

// The reference: what tokenize did before its ASCII fast path, for every input.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const URL = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu;
const reference = (text: string): string[] =>
  [...text.replace(URL, ' ').matchAll(WORD)].map((m) => m[0]);

/** A seeded stream of strings over an alphabet that hits every branch: apostrophes, URLs, digits, accents. */
function* samples(seed: number, count: number, alphabet: string[]): Generator<string> {
  let s = seed;
  const next = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * 24);
    yield Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  }
}

const ASCII = ['a', 'B', 'z', '0', '9', "'", ' ', '-', '/', '.', ',', '!', '_', 'https://x.org/a', "don't", "O'Neil", '+1', '\t'];

describe('tokenize', () => {
  it('gives raw, lowercase and stem for each word, URLs left out', () => {
    expect(tokenize("Recruiting O'Neil's team: see https://example.org/x, don’t wait")).toEqual([
      { raw: 'Recruiting', lower: 'recruiting', stem: 'recruit' },
      { raw: "O'Neil's", lower: "o'neil's", stem: 'oneil' },
      { raw: 'team', lower: 'team', stem: 'team' },
      { raw: 'see', lower: 'see', stem: 'see' },
      { raw: 'don’t', lower: "don't", stem: 'dont' },
      { raw: 'wait', lower: 'wait', stem: 'wait' },
    ]);
  });

  it('splits ASCII text exactly as the Unicode pattern does', () => {
    for (const text of samples(7, 3000, ASCII)) expect(tokenize(text).map((t) => t.raw), text).toEqual(reference(text));
  });

  it('splits text with accents, curly apostrophes and emoji exactly as the Unicode pattern does', () => {
    for (const text of samples(11, 2000, [...ASCII, 'é', 'Ø', '’', '👍', 'ễ', '٣'])) {
      expect(tokenize(text).map((t) => t.raw), text).toEqual(reference(text));
    }
  });

  it('lowerWords is the lowercase of the same words', () => {
    for (const text of samples(3, 500, [...ASCII, 'É', '’'])) {
      expect(lowerWords(text)).toEqual(reference(text).map((w) => w.toLowerCase().replace(/’/g, "'")));
    }
  });

  it('returns the same tokens for the same text, however often it is asked', () => {
    const text = 'Peer supervision helps';
    expect(tokenize(text)).toBe(tokenize(text));
    expect(tokenize(text).map((t) => t.stem)).toEqual(['peer', 'supervis', 'help']);
  });
});

describe('findUrls', () => {
  it('keeps a bracketed part of a URL, and leaves out a bracket or full stop after it', () => {
    expect(findUrls('See https://en.wikipedia.org/wiki/Peer_support_(mental_health).')).toEqual(['https://en.wikipedia.org/wiki/Peer_support_(mental_health)']);
    expect(findUrls('(https://en.wikipedia.org/wiki/A_(b)) and (see https://example.org/rota)')).toEqual(['https://en.wikipedia.org/wiki/A_(b)', 'https://example.org/rota']);
    expect(findUrls('https://example.org/a(b and https://example.org/x?q=1;')).toEqual(['https://example.org/a(b', 'https://example.org/x?q=1']);
  });

  it('leaves the words after a URL in the text', () => {
    expect(lowerWords('Wiki https://en.wikipedia.org/wiki/A_(b) explains it')).toEqual(['wiki', 'explains', 'it']);
  });
});
