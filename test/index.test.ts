import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatnotesPreset, defaultNoise, defaultRules, lintText, defaultTemplate } from './support/library.js';

describe('library API', () => {
  it('summarises bytes and lints the result clean, with no I/O', async () => {
    const { summariseExport, renderMarkdown } = await import('../src/index.js');
    const bytes = readFileSync('fixtures/exports/zoom/z3.txt');
    const { overview, markdown } = summariseExport(bytes, 'z3.txt', { rules: defaultRules(), noise: defaultNoise(), template: defaultTemplate(), timeZone: 'Europe/London', date: '2026-03-13' });
    expect(renderMarkdown(overview, defaultTemplate())).toBe(markdown);
    expect(lintText(markdown, { file: 'z3.md' })).toEqual([]);
    expect(chatnotesPreset.plugins?.length).toBeGreaterThan(5);
  });
});
