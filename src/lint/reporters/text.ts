/** One finding a line, `file:line:col  severity  message  rule-id`, then a count (vfile-reporter style). */
import type { Diagnostic } from '../../types.js';

export interface TextReportOptions {
  /** Paints the severity; the caller decides (terminal, NO_COLOR). */
  paint?: (style: 'red' | 'yellow' | 'dim', text: string) => string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Text report of all files' findings; empty when there are none. */
export function formatText(diagnostics: readonly Diagnostic[], options: TextReportOptions = {}): string {
  if (diagnostics.length === 0) return '';
  const paint = options.paint ?? ((_style, text) => text);
  const lines = diagnostics.map((d) => {
    const severity = paint(d.severity === 'error' ? 'red' : 'yellow', d.severity);
    return `${d.file}:${d.line ?? 1}:${d.column ?? 1}  ${severity}  ${d.message}  ${paint('dim', d.ruleId ?? '')}`;
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${lines.join('\n')}\n\n${plural(warnings, 'warning')}, ${plural(errors, 'error')}\n`;
}
