/** A JSON array of findings, one object each, stable key order for tools. */
import type { Diagnostic } from '../../types.js';

/** `[{file, line, column, endLine, endColumn, severity, message, ruleId}]`, plus `cause` when there is one. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    message: d.message,
    ruleId: d.ruleId,
    ...(d.cause ? { cause: d.cause } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
