import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/ingest/line-index.js';
import { rng } from './seeded.js';

const all = (text: string) => {
  const index = new LineIndex(text);
  return Array.from({ length: index.length }, (_, i) => index.at(i));
};

describe('LineIndex', () => {
  it('gives the lines split gives, by number, for any mix of text and line ends', () => {
    const { next, pick } = rng(12);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pick(['\n', '\n', 'a', 'Alex Nair   0:00:01', ' ', '\r', 'é😀'])).join('');
      expect(all(text), JSON.stringify(text)).toEqual(text.split('\n'));
    }
  });

  it('has one empty line for an empty text, and nothing past either end', () => {
    expect(all('')).toEqual(['']);
    const index = new LineIndex('a\nb\n');
    expect([index.length, index.at(-1), index.at(2), index.at(3)]).toEqual([3, undefined, '', undefined]);
  });
});
