/** Findings inside a line point at the exact characters, so editors can underline them. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint.js';

const at = (text: string, ruleId: string): string[] =>
  lintText(text, { file: 'x.md', rules: { 'date-line': 'off' } })
    .filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

describe('exact places', () => {
  it('underlines the whole wrong date, with its times', () => {
    const text = 'Sessions:\n\n- Friday 27 June 2026, 2pm – 4pm\n';
    // "Friday 27 June 2026, 2pm – 4pm" is 30 characters from column 3.
    expect(at(text, 'weekday-matches-date')).toEqual(['3:3-3:33']);
  });

  it('finds a date inside emphasis, in the emphasised text', () => {
    expect(at('We meet on **Friday 27 June 2026** again.\n', 'weekday-matches-date')).toEqual(['1:14-1:33']);
  });

  it('underlines just the time range', () => {
    expect(at('Drop-in from 11:30am – 10am, then lunch.\n', 'valid-time-range')).toEqual(['1:14-1:28']);
  });

  it('falls back to the text node when escapes make it differ from the source', () => {
    // The backslash escape shifts every offset after it, so the whole node is reported.
    expect(at('\\* Drop-in 11:30am – 10am\n', 'valid-time-range')).toEqual(['1:1-1:26']);
  });

  it('points a stray character at itself', () => {
    expect(at('- Peer\u200Bsupport\n', 'no-stray-characters')).toEqual(['1:7-1:8']);
  });
});
