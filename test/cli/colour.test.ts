import { describe, expect, it } from 'vitest';
import { paint, wantsColour } from '../../src/cli/colour.js';

describe('colour', () => {
  it('is on only for a terminal without NO_COLOR or a dumb TERM', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('wraps text in ANSI codes only when on', () => {
    expect(paint(true, 'red', 'x')).toBe('\u001B[31mx\u001B[39m');
    expect(paint(false, 'red', 'x')).toBe('x');
  });
});
