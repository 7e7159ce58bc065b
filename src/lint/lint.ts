/** The engine: parse once, run every enabled rule, stamp rule id, severity and file on each report. */
import type { Root } from 'mdast';
import type { Diagnostic } from '../types.js';
import { createCache } from './cache.js';
import { parseMarkdown } from './parse.js';
import { rules as allRules } from './rules/index.js';
import type { Finding, Position, Report, Rule, RuleLevels, RuleSeverity } from './types.js';

export interface LintOptions {
  /** Shown in findings; no file is read. */
  file: string;
  /** Levels from the config file and `--rule`; absent ids use each rule's default. */
  rules?: RuleLevels;
}

/** The severity a rule runs at, or undefined when it is off. */
export function severityOf(rule: Rule, levels: RuleLevels = {}): RuleSeverity | undefined {
  const level = levels[rule.id];
  if (level === 'off') return undefined;
  if (level === 'warn') return 'warning';
  if (level === 'error') return 'error';
  return rule.defaultSeverity;
}

const locate = (report: Report): Position | undefined => {
  const place = report.place ?? report.node?.position;
  return place?.start && place.end ? place : undefined;
};

const byPlace = (a: Finding, b: Finding): number =>
  a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** Runs the rules over an already parsed tree; findings keep their fixes. */
export function lintTree(tree: Root, source: string, options: LintOptions, rules: readonly Rule[] = allRules): Finding[] {
  const cache = createCache(tree, source);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, options.rules);
    if (!severity) continue;
    rule.check(tree, {
      source,
      cache,
      report(report) {
        // Rules also run on rendered trees without positions: such reports have nowhere to point.
        const place = locate(report);
        if (!place) return;
        const cause = report.cause?.position?.start;
        findings.push({
          file: options.file,
          line: place.start.line,
          column: place.start.column,
          endLine: place.end.line,
          endColumn: place.end.column,
          severity,
          message: report.message,
          ruleId: rule.id,
          ...(cause ? { cause: { line: cause.line, column: cause.column } } : {}),
          ...(report.fix && report.fix.length > 0 ? { fix: report.fix } : {}),
        });
      },
    });
  }
  return findings.sort(byPlace);
}

/** Lints Markdown text; pure, no file access (the benchmark and the CLI both call it). */
export function lintText(text: string, options: LintOptions): Diagnostic[] {
  return lintTree(parseMarkdown(text), text, options).map(toDiagnostic);
}

/** Drops the fix: a Diagnostic is what reporters print. */
export function toDiagnostic({ fix: _fix, ...finding }: Finding): Diagnostic {
  return finding;
}
