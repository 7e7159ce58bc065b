import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultNoise, defaultRules } from '../../src/config/defaults.js';
import { parseNoise, parseRules } from '../../src/config/load-rules.js';

describe('bundled data files', () => {
  it('are valid against the schemas the user files are checked with', () => {
    expect(defaultRules()).toEqual(parseRules(readFileSync('templates/rules.json', 'utf8'), 'templates/rules.json'));
    expect(defaultNoise()).toEqual(parseNoise(readFileSync('templates/noise.json', 'utf8'), 'templates/noise.json'));
  });
});
