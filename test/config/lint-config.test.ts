import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, parseLintConfig } from '../../src/config/lint-config.js';
import { ConfigError } from '../../src/errors.js';

const errorOf = (text: string, file = 'chatnotes.config.json'): string => {
  try {
    parseLintConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseLintConfig', () => {
  it('reads rule levels from JSON and YAML', () => {
    expect(parseLintConfig('{ "rules": { "list-indent": "off", "no-duplicate-bullets": "error" } }', 'c.json')).toEqual({
      rules: { 'list-indent': 'off', 'no-duplicate-bullets': 'error' },
    });
    expect(parseLintConfig('rules:\n  no-split-lists: warn\n', 'c.yaml').rules).toEqual({ 'no-split-lists': 'warn' });
  });

  it('defaults to no overrides', () => {
    expect(parseLintConfig('{}', 'c.json')).toEqual({ rules: {} });
  });

  it('names the path of a bad level', () => {
    expect(errorOf('{ "rules": { "list-indent": "loud" } }')).toBe('chatnotes.config.json: rules.list-indent: expected one of off, warn, error');
  });

  it('names an unknown rule id', () => {
    expect(errorOf('rules:\n  no-such-rule: off\n', 'chatnotes.config.yaml')).toMatch(
      /^chatnotes\.config\.yaml: rules\.no-such-rule: unknown rule, expected one of date-line, list-indent, no-duplicate-bullets, /,
    );
  });

  it('refuses an empty path or zone in the summarise options, in words', () => {
    expect(errorOf('{ "summarise": { "tz": "" } }')).toBe('chatnotes.config.json: summarise.tz: expected some text');
  });

  it('rejects unknown top-level keys (strict)', () => {
    expect(errorOf('{ "rule": {} }')).toBe('chatnotes.config.json: unknown key "rule"');
  });

  it('reports syntax errors with a line', () => {
    expect(errorOf('{\n  "rules": {\n    "list-indent": \n}')).toMatch(/^chatnotes\.config\.json:\d+: /);
  });
});

describe('findConfigFile', () => {
  const root = join('/', 'home', 'me');
  it('finds the nearest file upward, JSON before YAML in one folder', () => {
    const present = new Set([join(root, 'chatnotes.config.yaml'), join(root, 'notes', 'chatnotes.config.json'), join(root, 'notes', 'chatnotes.config.yaml')]);
    const exists = (path: string): boolean => present.has(path);
    expect(findConfigFile(join(root, 'notes', '2026'), exists)).toBe(join(root, 'notes', 'chatnotes.config.json'));
    expect(findConfigFile(join(root, 'other'), exists)).toBe(join(root, 'chatnotes.config.yaml'));
  });

  it('stops at the root', () => {
    expect(findConfigFile(join(root, 'a', 'b'), () => false)).toBeUndefined();
  });
});

describe('one config file for every command', () => {
  it('accepts the batch summarise options beside the lint rule levels, and checks them', () => {
    const text = JSON.stringify({ rules: { 'list-indent': 'off' }, summarise: { rules: 'rules.yaml', tz: 'Europe/London' } });
    expect(parseLintConfig(text, 'chatnotes.config.json').rules).toEqual({ 'list-indent': 'off' });
    expect(() => parseLintConfig(JSON.stringify({ summarise: { colour: 1 } }), 'chatnotes.config.json')).toThrow(
      'chatnotes.config.json: summarise: unknown key "colour"',
    );
  });
});
