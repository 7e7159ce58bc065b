/** Applies rule fixes to the source text, by offset, pass after pass until nothing fixable is left. */
import { lintTree, type LintOptions } from './lint.js';
import { parseMarkdown } from './parse.js';
import { rules as allRules } from './rules/index.js';
import type { Finding, Rule, TextEdit } from './types.js';

/** Enough for fixes that uncover others (a removed duplicate joining a split list), bounded against loops. */
const MAX_PASSES = 5;

const overlaps = (a: TextEdit, b: TextEdit): boolean =>
  (a.start < b.end && b.start < a.end) || a.start === b.start;

/** Applies each finding's edits as one group; a group that overlaps an earlier one waits for the next pass. */
export function applyFixes(source: string, findings: readonly Finding[]): { text: string; applied: number } {
  const accepted: TextEdit[] = [];
  let applied = 0;
  const groups = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  groups.sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  for (const group of groups) {
    if (group.some((edit) => accepted.some((other) => overlaps(edit, other)))) continue;
    accepted.push(...group);
    applied += 1;
  }
  // Right to left, so earlier offsets stay valid.
  accepted.sort((a, b) => b.start - a.start);
  let text = source;
  for (const edit of accepted) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { text, applied };
}

export interface FixResult {
  text: string;
  /** Fix groups applied over all passes. */
  fixed: number;
  /** What is left after the last pass. */
  findings: Finding[];
}

/** Fixes what the enabled rules can fix, re-parsing after each pass, and lints the result. */
export function fixText(source: string, options: LintOptions, rules: readonly Rule[] = allRules): FixResult {
  let text = source;
  let fixed = 0;
  let findings = lintTree(parseMarkdown(text), text, options, rules);
  for (let pass = 0; pass < MAX_PASSES && findings.some((f) => f.fix); pass += 1) {
    const result = applyFixes(text, findings);
    if (result.applied === 0 || result.text === text) break;
    text = result.text;
    fixed += result.applied;
    findings = lintTree(parseMarkdown(text), text, options, rules);
  }
  return { text, fixed, findings };
}
