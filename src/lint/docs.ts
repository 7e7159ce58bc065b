/** The rules reference (`src/lint/RULES.md`), generated from the rule objects so it cannot drift. */
import type { Rule } from './types.js';

const severityNote: Record<Rule['defaultSeverity'], string> = {
  error: 'error (exit code 1)',
  warning: 'warning',
};

/** Markdown: a table of every rule, then one section per rule with its docs. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const table = rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.description} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : 'no'} |`);
  const sections = rules.map((r) =>
    [`## ${r.id}`, '', `${r.description[0]?.toUpperCase()}${r.description.slice(1)}.`, '', `Default: ${severityNote[r.defaultSeverity]}. Fixable with \`--fix\`: ${r.fixable ? 'yes' : 'no'}.`, '', r.docs].join('\n'),
  );
  return [
    '# chatnotes lint rules',
    '',
    '<!-- Generated from src/lint/rules/*.ts by test/lint/docs.test.ts (UPDATE=1 rewrites it); do not edit. -->',
    '',
    'Set a rule with `--rule ID=off|warn|error` or in `chatnotes.config.json` / `chatnotes.config.yaml`',
    '(found upward from each file): `{ "rules": { "list-indent": "off" } }`. The command line wins.',
    'Exit code 1 means at least one finding at error severity; warnings alone exit 0.',
    '',
    '| rule | finds | default | fixable |',
    '| --- | --- | --- | --- |',
    ...table,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
