import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { updateBlock } from '../../src/dates/update-block.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const expected = (name: string) => readFileSync(new URL(`../../fixtures/dates/${name}`, import.meta.url), 'utf8');
const texts = [
  'Friday 26 June 2026, 2pm – 4pm',
  'Friday 18 September 2026, 2pm – 4pm',
  'Friday 11 December 2026, 2pm – 4pm',
  'Friday 5 March 2027, 2pm – 4pm',
];
const request = { texts, file: 'overview.md' };

describe('updateBlock on the seeds', () => {
  it('replaces the mis-indented list in seed 000, stray "-" included, and nothing else', () => {
    const source = seed('000_4496a28c678f666b.txt');
    const result = updateBlock(source, request);
    expect(result.action).toBe('dates-list');
    expect(result.line).toBe(21);
    expect(result.text).toBe(expected('seed-000.updated.md'));
    const before = source.split('\n');
    const after = result.text.split('\n');
    // Lines 21-25 (the list and its stray bullet) become four clean lines; all others are untouched.
    expect(after.slice(20, 24)).toEqual(texts.map((t) => `- ${t}`));
    expect([...after.slice(0, 20), ...after.slice(24)]).toEqual([...before.slice(0, 20), ...before.slice(25)]);
    expect(updateBlock(result.text, request).text).toBe(result.text);
  });

  it('appends a Future sessions section with markers to seed 001, at its heading level', () => {
    const source = seed('001_c84b97bb5e5a426a.txt');
    const result = updateBlock(source, request);
    expect(result.action).toBe('appended');
    expect(result.text).toBe(expected('seed-001.updated.md'));
    // The old text is kept whole; it only gains the line end it lacked.
    expect(result.text.startsWith(`${source}\n`)).toBe(true);
    const again = updateBlock(result.text, request);
    expect(again.action).toBe('markers');
    expect(again.text).toBe(result.text);
  });
});

describe('updateBlock', () => {
  it('replaces between markers, with an intro, keeping CRLF', () => {
    const source = '# Notes\r\n\r\n<!-- chatnotes:dates -->\r\n- old\r\n<!-- /chatnotes:dates -->\r\n\r\nAfter.\r\n';
    const result = updateBlock(source, { ...request, texts: texts.slice(0, 2), intro: 'We meet on:' });
    expect(result.text).toBe(
      '# Notes\r\n\r\n<!-- chatnotes:dates -->\r\n\r\nWe meet on:\r\n\r\n- Friday 26 June 2026, 2pm – 4pm\r\n- Friday 18 September 2026, 2pm – 4pm\r\n\r\n<!-- /chatnotes:dates -->\r\n\r\nAfter.\r\n',
    );
    expect(result.line).toBe(7);
  });

  it('prefers the markers to a list of dates', () => {
    const source = '- Friday 3 July 2026, 2pm – 4pm\n\n<!-- chatnotes:dates -->\n<!-- /chatnotes:dates -->\n';
    const result = updateBlock(source, { ...request, texts: texts.slice(0, 1) });
    expect(result.text).toBe('- Friday 3 July 2026, 2pm – 4pm\n\n<!-- chatnotes:dates -->\n\n- Friday 26 June 2026, 2pm – 4pm\n\n<!-- /chatnotes:dates -->\n');
  });

  it('refuses a lone or reversed marker', () => {
    expect(() => updateBlock('a\n<!-- chatnotes:dates -->\n', request)).toThrow(InputError);
    expect(() => updateBlock('<!-- /chatnotes:dates -->\n<!-- chatnotes:dates -->\n', request)).toThrow(/overview.md:1:/);
  });

  it('skips lists that are not all dates', () => {
    const source = '- Friday 3 July 2026, 2pm – 4pm, bring lunch\n\nText.\n\n* 3 July 2026\n* \n';
    const result = updateBlock(source, { ...request, texts: texts.slice(0, 1) });
    expect(result.text).toBe('- Friday 3 July 2026, 2pm – 4pm, bring lunch\n\nText.\n\n- Friday 26 June 2026, 2pm – 4pm\n');
  });

  it('replaces the list under a "Next sessions" heading, past one intro line', () => {
    const source = '# Notes\n\n### Next sessions\n\nDates to be confirmed:\n\n- TBC\n- TBC\n\n## Links\n';
    const result = updateBlock(source, { ...request, texts: texts.slice(0, 1) });
    expect(result.action).toBe('heading');
    expect(result.text).toBe('# Notes\n\n### Next sessions\n\nDates to be confirmed:\n\n- Friday 26 June 2026, 2pm – 4pm\n\n## Links\n');
  });

  it('finds a plain-line "Future sessions" heading and adds a list under it when it has none', () => {
    const source = 'Future Sessions\n\nLinks\n\n- https://example.org\n';
    const result = updateBlock(source, { ...request, texts: texts.slice(0, 1) });
    expect(result.text).toBe('Future Sessions\n\n- Friday 26 June 2026, 2pm – 4pm\n\nLinks\n\n- https://example.org\n');
    expect(updateBlock(result.text, { ...request, texts: texts.slice(0, 1) }).text).toBe(result.text);
  });

  it('keeps a line that follows the new list apart from it, so a second run loses nothing', () => {
    const one = { ...request, texts: texts.slice(0, 1) };
    // Under a heading with no list; after a list of dates; after a list under the heading.
    for (const source of ['## Future sessions\nBring a friend.\n', '- Friday 3 July 2026, 2pm – 4pm\n-\nBring a friend.\n', '### Next sessions\n\n- TBC\n- # x\nBring a friend.\n']) {
      const first = updateBlock(source, one).text;
      expect(first, source).toMatch(/2pm – 4pm\n\nBring a friend\.\n$/);
      expect(updateBlock(first, one).text, source).toBe(first);
    }
  });

  it('appends to an empty file with the given heading', () => {
    expect(updateBlock('', { ...request, texts: texts.slice(0, 1), heading: 'Dates' }).text).toBe(
      '## Dates\n\n<!-- chatnotes:dates -->\n\n- Friday 26 June 2026, 2pm – 4pm\n\n<!-- /chatnotes:dates -->\n',
    );
  });
});
