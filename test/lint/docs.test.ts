/** src/lint/RULES.md is generated from the rule objects; a stale copy fails here (UPDATE=1 rewrites it). */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/lint/docs.js';
import { rules } from '../../src/lint/rules/index.js';

const PATH = 'src/lint/RULES.md';

it('RULES.md is up to date with the rules', () => {
  const generated = renderRulesDoc(rules);
  if (process.env.UPDATE === '1') writeFileSync(PATH, generated);
  expect(readFileSync(PATH, 'utf8')).toBe(generated);
  for (const rule of rules) expect(generated).toContain(`## ${rule.id}\n`);
});
