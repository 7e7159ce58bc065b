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

describe('chooseTheme looks keywords up word by word', () => {
  it('picks what counting every keyword of every theme picks', async () => {
    const { readFileSync } = await import('node:fs');
    const rules = JSON.parse(readFileSync(new URL('../../templates/rules.json', import.meta.url), 'utf8')) as { themes: Parameters<typeof compileThemes>[0] };
    const all = compileThemes([...rules.themes.filter((t) => !t.fallback), { title: 'Recruitment', keywords: ['recruit', 'interview', 'Insight Days', 'TRAC', 'post-hiring'], fallback: false }, { title: 'AI', keywords: ['AI', 'artificial intelligence'], fallback: false }, { title: 'Banding', keywords: ['band', 'pay', 'interview', 'pay band'], fallback: false }]);
    const words = [...all.flatMap((t) => t.keywords.map((k) => (k.kind === 'acronym' ? k.word : k.kind === 'stem' ? k.stem : k.stems.join(' ')))), 'recruiting', 'interviews', 'post-hiring', 'the', 'and', 'AI', 'ai', 'said'];
    const reference = (text: string): number => {
      const counts = all.map((t) => countHits(text, t));
      const best = Math.max(...counts);
      return best > 0 ? counts.indexOf(best) : all.findIndex((t) => t.fallback);
    };
    let seed = 3;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 9) }, () => words[Math.floor(next() * words.length)]).join(' ');
      expect(chooseTheme(text, all), text).toBe(reference(text));
    }
  });
});
