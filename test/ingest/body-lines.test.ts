import { describe, expect, it } from 'vitest';
import { addBodyLine, type BodyLines, bodyLinesText } from '../../src/ingest/body-lines.js';
import { joinBody } from '../../src/ingest/text.js';
import { rng } from './seeded.js';

describe('body lines', () => {
  it('give what joinBody gives for every line read, blank ones included', () => {
    const { next, pick } = rng(13);
    const lines = ['', '', ' ', 'hello', 'second line', '  indented', '\u00a0'];
    for (let k = 0; k < 5000; k++) {
      const read: string[] = [];
      const d: BodyLines = { blanks: 0 };
      for (let n = Math.floor(next() * 8); n > 0; n--) {
        const line = pick(lines);
        read.push(line);
        // A parser counts the empty lines it reads and adds the rest.
        if (line === '') d.blanks++;
        else addBodyLine(d, line);
      }
      expect(bodyLinesText(d), JSON.stringify(read)).toBe(joinBody(read.length === 0 ? [''] : read));
    }
  });

  it('keeps the blank lines between two body lines, and needs no array for one line', () => {
    const d: BodyLines = { blanks: 0 };
    addBodyLine(d, 'first');
    expect(d.more).toBeUndefined();
    d.blanks += 2;
    addBodyLine(d, 'last');
    d.blanks++;
    expect(bodyLinesText(d)).toBe('first\n\n\nlast');
  });
});
