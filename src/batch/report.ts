/** The human summary of a batch run: failures, skips, warnings and stale overviews, then one line of counts. */
import type { BatchReport } from './run-batch.js';

export function summaryLine(r: BatchReport): string {
  const c = r.counts;
  const parts = [`${c.written} summarised`, `${c.unchanged} unchanged`, `${c.failed} failed`, `${c.skipped} skipped`];
  if (c.stale > 0) parts.push(`${c.stale} stale`);
  return `${parts.join(', ')}${r.shard ? ` (shard ${r.shard})` : ''}`;
}

export function formatReport(r: BatchReport, shownOut: string, quiet: boolean): string {
  const lines: string[] = [];
  for (const i of r.items) {
    if (i.outcome === 'failed') lines.push(`failed   ${i.path}: ${i.reason}`);
    else if (i.outcome === 'skipped' && !quiet) lines.push(`skipped  ${i.path}: ${i.reason}`);
    else if (i.warnings && !quiet) {
      const more = i.warnings.count - i.warnings.first.length;
      for (const w of i.warnings.first) lines.push(`warning  ${i.path}: ${w}`);
      if (more > 0) lines.push(`warning  ${i.path}: … and ${more} more (summarise it alone to see all)`);
    }
  }
  if (!quiet) for (const s of r.stale) lines.push(`stale    ${shownOut}/${s.output}: ${s.path} is no longer in INPUT (kept)`);
  lines.push(`${summaryLine(r)}; index: ${shownOut}/index.md`);
  return `${lines.join('\n')}\n`;
}
