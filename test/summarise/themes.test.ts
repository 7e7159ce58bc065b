import { describe, expect, it } from 'vitest';
import { chooseTheme, compileThemes, countHits } from '../../src/summarise/themes.js';

const themes = compileThemes([
  { title: 'Recruitment', keywords: ['recruit', 'interview', 'Insight Days', 'TRAC', 'post-hiring'], fallback: false },
  { title: 'AI', keywords: ['AI', 'artificial intelligence'], fallback: false },
  { title: 'Banding', keywords: ['band', 'pay', 'interview'], fallback: false },
]);

describe('themes', () => {
  it('matches stems, phrases and case-sensitive acronyms', () => {
    expect(countHits('We are recruiting for Insight Days', themes[0]!)).toBe(2);
    expect(countHits('Recruitment is hard', themes[0]!)).toBe(1);
    expect(countHits('Emails from TRAC', themes[0]!)).toBe(1);
    expect(countHits('the trac of it', themes[0]!)).toBe(0);
    expect(countHits('Discovering roles post hiring', themes[0]!)).toBe(1);
    expect(countHits('AI can help', themes[1]!)).toBe(1);
    expect(countHits('She said it was fine', themes[1]!)).toBe(0);
    expect(countHits('ai tools', themes[1]!)).toBe(0);
  });

  it('picks the most distinct hits, breaks ties by file order and falls back', () => {
    expect(chooseTheme('Interview pay and band', themes)).toBe(2);
    expect(chooseTheme('Interview day', themes)).toBe(0);
    expect(chooseTheme('Nothing matches here', themes)).toBe(3);
    expect(themes[3]!.title).toBe('Other points');
  });
});
