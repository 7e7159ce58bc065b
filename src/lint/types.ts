/** The contract between lint rules and the engine. */
import type { Node, Root } from 'mdast';
import type { Severity } from '../types.js';
import type { LintCache } from './cache.js';

export type Position = NonNullable<Node['position']>;

/** A replacement of `source.slice(start, end)` by `text`: fixes edit the source, never re-stringify it. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Report {
  /** "Unexpected <found>, expected <wanted>". */
  message: string;
  /** Where the finding is; a report without a position is dropped. */
  node?: Node;
  /** A narrower place than the node, e.g. a date inside a paragraph. */
  place?: Position;
  /** The earlier node this one conflicts with (first occurrence of a duplicate). */
  cause?: Node;
  fix?: TextEdit[];
}

export interface RuleContext {
  /** The exact text the tree was parsed from. */
  source: string;
  /** Shared, memoised queries over the one parsed tree. */
  cache: LintCache;
  report(report: Report): void;
}

export type RuleSeverity = Exclude<Severity, 'info'>;

export interface Rule {
  /** Equals the file name in `src/lint/rules/`. */
  id: string;
  description: string;
  defaultSeverity: RuleSeverity;
  fixable: boolean;
  /** Why the rule exists and how to fix what it finds, one paragraph. */
  docs: string;
  check(tree: Root, ctx: RuleContext): void;
}

/** A rule's report once the engine has located it and stamped rule, severity and file. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: RuleSeverity;
  message: string;
  ruleId: string;
  cause?: { line: number; column: number };
  fix?: TextEdit[];
}

export type RuleLevel = 'off' | 'warn' | 'error';
/** Rule id to level; absent ids use the rule's default severity. */
export type RuleLevels = Record<string, RuleLevel>;
