// hasHeaderMarks looks for its characters only in lines that have one from U+00A0 up;
// isHeaderMark and hasHeaderMarksIn test char codes. Every UTF-16 code unit, alone and
// inside a line, holds each shortcut to the plain character class it stands for.
import { describe, expect, it } from 'vitest';
import { cleanHeader, hasHeaderMarks, hasHeaderMarksIn, isHeaderMark } from '../../src/ingest/text.js';

const marks = /[\u00A0\u00AD\u2009\u200B-\u200F\u202A-\u202F\u2066-\u2069]/;

describe('header marks', () => {
  it('finds every mark, and only marks, at any place in a line', () => {
    const found: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      // Alone in an ASCII line, and beside an emoji (which passes the first, cheap look).
      for (const line of [`12/03/2026, 14:00 - Alex${ch}: hi ${ch}`, `12/03/2026, 14:00 - Alex${ch}: hi ${ch} 👍`]) {
        expect(hasHeaderMarks(line), c.toString(16)).toBe(marks.test(ch));
        // In the name only (between the header's `- ` and its colon), as parsers ask of a header zone.
        const name = line.indexOf('Alex');
        expect(hasHeaderMarksIn(line, name, line.indexOf(': hi')), c.toString(16)).toBe(marks.test(ch));
        expect(hasHeaderMarksIn(line, 0, name), c.toString(16)).toBe(false);
        // From an index past the first copy of the character, only the second counts.
        expect(hasHeaderMarks(line, line.indexOf(': hi')), c.toString(16)).toBe(marks.test(ch));
      }
      expect(isHeaderMark(c), c.toString(16)).toBe(marks.test(ch));
      if (marks.test(ch)) found.push(c);
    }
    expect(found.length).toBe(18);
  });

  it('looks only from the index it is given', () => {
    expect(hasHeaderMarks('a\u200Eb', 2)).toBe(false);
    expect(hasHeaderMarks('a\u200Eb é', 2)).toBe(false);
    expect(hasHeaderMarks('é a\u200Eb', 1)).toBe(true);
    expect(cleanHeader('14:00\u202FPM - A\u200E: x')).toBe('14:00 PM - A: x');
    expect(cleanHeader('Zoë: ok 👍')).toBe('Zoë: ok 👍');
  });
});
