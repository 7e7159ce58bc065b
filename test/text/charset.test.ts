import { describe, expect, it } from 'vitest';
import { isSimple, SIMPLE_PATTERN, twin } from '../../src/text/charset.js';
import { nameRedactor, redactContacts } from '../../src/summarise/redact.js';
import { hasWords } from '../../src/text/tokens.js';

describe('simple text', () => {
  it('admits no code point outside ASCII that is a letter or a digit', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    let admitted = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!SIMPLE_PATTERN.test(ch)) continue;
      admitted += 1;
      if (letterOrDigit.test(ch)) expect.fail(`U+${cp.toString(16)} is a letter or digit`);
    }
    // Emoji blocks and the rest: the set is not trivially small.
    expect(admitted).toBeGreaterThan(3000);
  });

  it('tells chat with emoji and curly quotes from text with accented letters', () => {
    expect(isSimple('Great point 👍🏽 – don’t stop “now”')).toBe(true);
    expect(isSimple('Chloë agreed')).toBe(false);
    expect(isSimple('٣ items')).toBe(false);
    expect(isSimple('Ⅻ')).toBe(false);
  });

  it('compiles the Unicode pattern only when a text needs it', () => {
    let compiled = 0;
    const pick = twin(/[A-Za-z]/, () => (compiled++, /\p{L}/u));
    expect(pick('plain 👍').test('plain 👍')).toBe(true);
    expect(compiled).toBe(0);
    expect(pick('é').test('é')).toBe(true);
    pick('ü');
    expect(compiled).toBe(1);
  });
});

/** Seeded texts over an alphabet of simple and non-simple pieces. */
function* texts(seed: number, count: number, pieces: string[]): Generator<string> {
  let s = seed;
  const next = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) yield Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

describe('the ASCII twins match what the Unicode patterns match', () => {
  const pieces = [' ', 'a', 'Z', '7', '0', '+44', '07700 900123', '(0)', '-', '.', '/', '@', 'sam@example.org', 'x.y@nhs.uk', '👍', '’', '–', 'é', 'Ø', '٣', 'Sam Hart', 'Chloë Hart', 'SamHart', 'tel:', '020 7946 0958'];
  const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
  const PHONE = /(?<![\p{L}\p{N}/])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?|\(?0)\d{2,5}\)?(?:[\s.-]?\d{2,4}){2,3}(?![\p{L}\p{N}/])/gu;
  const digits = (s: string): number => s.replace(/\D/g, '').length;
  const reference = (t: string): string => t.replace(EMAIL, '[email]').replace(PHONE, (m) => (digits(m) >= 10 && digits(m) <= 13 ? '[phone]' : m));

  it('for contacts', () => {
    for (const t of texts(5, 4000, pieces)) expect(redactContacts(t), t).toBe(reference(t));
  });

  it('for names', () => {
    const names = ['Sam Hart', 'Chloë Hart'];
    const NAMES = new RegExp(`(?<![\\p{L}])(?:Chloë Hart|Sam Hart)(?![\\p{L}])`, 'gu');
    const redact = nameRedactor(names);
    for (const t of texts(9, 4000, pieces)) expect(redact(t), t).toBe(t.replace(NAMES, '[name]'));
  });

  it('for words', () => {
    for (const t of texts(13, 2000, pieces)) expect(hasWords(t), t).toBe(/[\p{L}\p{N}]/u.test(t.replace(/\bhttps?:\/\/\S+/g, ' ')));
  });
});
