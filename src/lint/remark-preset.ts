/**
 * The rules as remark-lint compatible unified plugins, and a preset of all of them:
 * `unified().use(remarkParse).use(chatnotesPreset)` leaves findings in `file.messages`
 * (with `ruleId`, `source: 'chatnotes'`, and `fatal` for errors, as unified-lint-rule does).
 */
import type { Root } from 'mdast';
import type { Plugin, Preset } from 'unified';
import { lintTree } from './lint.js';
import { rules } from './rules/index.js';
import type { Rule, RuleLevel } from './types.js';

/** remark-lint style severities: `'off' | 'warn' | 'error'`, `0 | 1 | 2`, or `false`/`true`. */
export type PluginLevel = RuleLevel | 0 | 1 | 2 | boolean;

const toLevel = (level: PluginLevel | undefined): RuleLevel | undefined => {
  if (level === undefined || level === true) return undefined;
  if (level === false || level === 0) return 'off';
  if (level === 1) return 'warn';
  if (level === 2) return 'error';
  return level;
};

/** One rule as a unified plugin; its option is the severity. */
export function rulePlugin(rule: Rule): Plugin<[PluginLevel?], Root> {
  const attacher: Plugin<[PluginLevel?], Root> = (level) => {
    const wanted = toLevel(level);
    return (tree, file) => {
      const findings = lintTree(tree, String(file), { file: file.path ?? '', rules: wanted ? { [rule.id]: wanted } : {} }, [rule]);
      for (const finding of findings) {
        const message = file.message(finding.message, {
          place: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
          ruleId: rule.id,
          source: 'chatnotes',
        });
        message.fatal = finding.severity === 'error';
      }
    };
  };
  // Named like remark-lint plugins, for stack traces and `processor.attachers`.
  Object.defineProperty(attacher, 'name', { value: `chatnotesLint_${rule.id.replace(/-/g, '_')}` });
  return attacher;
}

/** Every rule as a plugin, by id. */
export const plugins: Readonly<Record<string, Plugin<[PluginLevel?], Root>>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rulePlugin(rule)]),
);

/** All rules at their default severities. */
export const chatnotesPreset: Preset = { plugins: Object.values(plugins) };

export default chatnotesPreset;
