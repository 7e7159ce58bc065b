import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/config/defaults.js';
import { parseRules } from '../../src/config/load-rules.js';

const error = (text: string): string => {
  try {
    parseRules(text, 'rules.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('rules file', () => {
  it('accepts the documented schema, in YAML and JSON, with defaults', () => {
    const rules = parseRules('themes:\n  - title: A\n    keywords: [x]\n  - title: B\n    fallback: true\n', 'r.yaml');
    expect(rules).toEqual({ themes: [{ title: 'A', keywords: ['x'], fallback: false }, { title: 'B', keywords: [], fallback: true }], noise: [] });
    expect(parseRules('{"themes":[{"title":"A","intro":"Said:"}],"noise":["bye now"]}', 'r.json').noise).toEqual(['bye now']);
    expect(defaultRules().themes.length).toBeGreaterThan(2);
  });

  it('names the file and the path of what is wrong', () => {
    expect(error('themes:\n  - title: A\n    keywords: [x, 3]\n')).toBe('rules.yaml: themes[0].keywords[1]: expected string, received number');
    expect(error('themes:\n  - title: A\n    colour: red\n')).toBe('rules.yaml: themes[0]: unknown key "colour"');
    expect(error('themes: []\n')).toBe('rules.yaml: themes: expected at least one theme');
    expect(error('themes:\n  - title: "  "\n')).toBe('rules.yaml: themes[0].title: expected a title with some text');
    expect(error('themes:\n  - title: A\n    keywords: [x, ""]\n')).toBe('rules.yaml: themes[0].keywords[1]: expected a keyword with some text');
    expect(error('themes:\n  - title: A\nnoise: [" "]\n')).toBe('rules.yaml: noise[0]: expected a phrase with some text');
    expect(error('themes:\n  - title: A\n    fallback: true\n  - title: B\n    fallback: true\n')).toBe('rules.yaml: themes[1].fallback: at most one theme can be the fallback');
    expect(error('themes: [\n')).toMatch(/^rules\.yaml:\d+: /);
    expect(error('nothemes: 1\n')).toMatch(/^rules\.yaml: /);
  });
});
