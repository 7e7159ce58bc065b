import { describe, expect, it } from 'vitest';
import { renderBlock, renderList, sessionText } from '../../src/dates/format.js';
import { toSessions } from '../../src/dates/sessions.js';

const [session] = toSessions([{ year: 2026, month: 6, day: 26 }], { h: 12, m: 0 }, { h: 13, m: 15 }, 'Europe/London');

describe('sessionText', () => {
  it('writes noon as 12pm and minutes only when not zero', () => {
    expect(sessionText(session!)).toBe('Friday 26 June 2026, 12pm – 1:15pm');
    expect(sessionText(session!, { clock: 24 })).toBe('Friday 26 June 2026, 12:00 – 13:15');
  });

  it('applies a luxon pattern to the date part only', () => {
    expect(sessionText(session!, { format: 'd/M/yyyy' })).toBe('26/6/2026, 12pm – 1:15pm');
    expect(sessionText(session!, { format: "EEEE 'the' d'th of' MMMM", clock: 24 })).toBe('Friday the 26th of June, 12:00 – 13:15');
  });
});

describe('renderBlock', () => {
  it('puts heading and intro before the list, blank lines between', () => {
    expect(renderBlock(['a', 'b'])).toBe('- a\n- b\n');
    expect(renderBlock(['a'], { heading: 'Future sessions', intro: 'Dates:' })).toBe('## Future sessions\n\nDates:\n\n- a\n');
    expect(renderBlock(['a'], { heading: '### Next' })).toBe('### Next\n\n- a\n');
    expect(renderList(['a', 'b'], '\r\n')).toBe('- a\r\n- b');
  });
});
