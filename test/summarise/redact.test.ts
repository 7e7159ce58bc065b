import { describe, expect, it } from 'vitest';
import { nameRedactor, redactContacts } from '../../src/summarise/redact.js';

describe('redactContacts', () => {
  it.each([
    ['email me at sam.okafor@example.org please', 'email me at [email] please'],
    ['call 07700 900123 any time', 'call [phone] any time'],
    ['or +44 20 7946 0958', 'or [phone]'],
    ['ring (0113) 496 0000', 'ring [phone]'],
  ])('%j -> %j', (input, output) => {
    expect(redactContacts(input)).toBe(output);
  });

  it.each(['We had 400 applicants in 5 days', 'Next session 26/06/2026 at 14:00', 'Band 4 agreed; 10% error rate', 'Ref 2026-03-13'])(
    'leaves %j alone',
    (text) => {
      expect(redactContacts(text)).toBe(text);
    },
  );
});

describe('nameRedactor', () => {
  it('replaces full names, pronoun suffixes aside, and leaves single words', () => {
    const redact = nameRedactor(['Sam Okafor', 'Casey Quinn (she/her)', 'Morgan']);
    expect(redact('As Sam Okafor and Casey Quinn said, Morgan agreed')).toBe('As [name] and [name] said, Morgan agreed');
  });
});
