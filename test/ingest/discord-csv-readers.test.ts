// Hand readers of the Discord CSV parser against what they replace: `Date.parse` for row
// times, and the reaction regex, on seeded inputs near the usual forms.
import { describe, expect, it } from 'vitest';
import { csvReactions, isDiscordSystemText, reaction } from '../../src/ingest/discord-text.js';
import { isoMs } from '../../src/ingest/iso-time.js';
import { rng } from './seeded.js';

describe('isoMs', () => {
  it('gives what Date.parse gives, for usual, garbled and out-of-range times, in any order', () => {
    const { next, pick } = rng(3);
    const bases = ['2026-03-13T14:00:03.000+00:00', '2026-03-13T23:59:59Z', '2024-02-29T00:00:00.999-05:30', '2026-02-30T12:00:00+01:00', '1969-12-31T23:59:59.5Z', '2026-12-31T24:00:00Z', '0001-01-01T00:00:00+14:00', '2026-03-13T14:00:03+0100', '2026-03-13 14:00:03Z', '2026-03-13T14:00:03'];
    const chars = ['0', '1', '2', '3', '5', '9', '-', '+', ':', 'T', 'Z', '.', ' ', 'x'];
    let fast = 0;
    for (let k = 0; k < 30000; k++) {
      const base = pick(bases);
      const v = next() < 0.5 ? base : [...base].map((c) => (next() < 0.06 ? pick(chars) : c)).join('');
      const want = Date.parse(v);
      expect(isoMs(v), v).toBe(want);
      if (!Number.isNaN(want)) fast++;
    }
    expect(fast).toBeGreaterThan(15000);
  });
});

describe('Discord reactions by hand', () => {
  const byRegex = (r: string): string => r.replace(/^(.+?)\s*\((\d+)\)$/, (_, e: string, n: string) => (n === '1' ? e : `${e} ${n}`));
  it('reads each reaction as the regex does', () => {
    const { next, pick } = rng(4);
    const pieces = ['👍', '❤️', 'x', '(', ')', '((', '1', '2', '10', '01', ' ', '  ', '\t', '\n', '\u2028', '\u00A0', 'a b', ','];
    let changed = 0;
    for (let k = 0; k < 30000; k++) {
      const head = Array.from({ length: Math.floor(next() * 3) }, () => pick(pieces)).join('');
      const r = next() < 0.6 ? `${head}${pick(['', ' ', '  ', '\t'])}(${pick(['1', '2', '13', '01', '', 'x', '1 '])})${pick(['', '', ' ', ')'])}` : Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(pieces)).join('');
      const want = byRegex(r);
      expect(reaction(r), JSON.stringify(r)).toBe(want);
      if (want !== r) changed++;
    }
    expect(changed).toBeGreaterThan(3000);
  });

  it('splits a field of several reactions where the old regex split it', () => {
    const old = (field: string): string[] => (field === '' ? [] : field.split(/,(?=\S)/).map((r) => r.trim()).filter(Boolean).map(byRegex));
    for (const field of ['👍 (2)', '👍 (1)', ' ', '👍 (2),❤️ (1)', '👍 (2), ❤️ (1)', ',', '(3)', 'a (1),,b (2)']) expect(csvReactions(field), field).toEqual(old(field));
  });
});

describe('Discord notification texts', () => {
  // The regex alone, as before the check of the first two letters.
  const systemTexts = /^(?:Joined the server\.|Pinned a message\.|Started a thread\.|Left the group\.|Added .+ to the group\.|Removed .+ from the group\.|Started a call that lasted \d+ minutes?\.|Changed the channel (?:name|icon)\..*)$/;
  it('finds the texts the regex finds, with any leading space or case', () => {
    const { next, pick } = rng(6);
    const texts = ['Joined the server.', 'Pinned a message.', 'Started a thread.', 'Left the group.', 'Added Sam to the group.', 'Removed Sam from the group.', 'Started a call that lasted 3 minutes.', 'Changed the channel name.', 'Changed the channel icon. x', 'joined the server.', 'Peer support', 'St', 'J', ''];
    let hits = 0;
    for (let k = 0; k < 5000; k++) {
      const v = `${pick(['', '', ' ', '\t', '\u00A0', '\n'])}${pick(texts)}${pick(['', '', ' ', '!'])}`;
      const want = systemTexts.test(v.trim());
      expect(isDiscordSystemText(v), JSON.stringify(v)).toBe(want);
      if (want) hits++;
    }
    expect(hits).toBeGreaterThan(1500);
  });
});
