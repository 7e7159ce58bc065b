import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const seedExample = ['dates', '--start', '2026-06-26', '--every', '12w', '--count', '4', '--time', '14:00-16:00'];

describe('chatnotes dates', () => {
  it('prints the seed 000 block exactly', async () => {
    const r = await runCli(seedExample);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '- Friday 26 June 2026, 2pm – 4pm',
        '- Friday 18 September 2026, 2pm – 4pm',
        '- Friday 11 December 2026, 2pm – 4pm',
        '- Friday 5 March 2027, 2pm – 4pm',
        '',
      ].join('\n'),
    });
  });
});
