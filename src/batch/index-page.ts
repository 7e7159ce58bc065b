/** `index.md`: every meeting by date with a link to its overview, then the failures. Pure. */
import { DEFAULT_TITLE } from '../summarise/summarise.js';
import type { OverviewFacts } from './process-export.js';

export interface IndexRow {
  /** Link target relative to the index (`name.md`, or `shard-1/name.md` for a merged index). */
  href: string;
  facts: OverviewFacts;
}

export interface IndexFailure {
  path: string;
  reason: string;
}

const cell = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

const shownTitle = (title: string): string => title.replace(new RegExp(`:\\s*${DEFAULT_TITLE}$`), '') || title;

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/** Dated meetings first, by date, then by file name; undated ones last. */
export const compareRows = (a: IndexRow, b: IndexRow): number => {
  const da = a.facts.date ?? '\uffff';
  const db = b.facts.date ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.href < b.href ? -1 : a.href > b.href ? 1 : 0;
};

export function renderIndex(rows: readonly IndexRow[], failures: readonly IndexFailure[], skipped = 0): string {
  const sorted = [...rows].sort(compareRows);
  const lines = ['# Meeting overviews', ''];
  const counts = [`${sorted.length} meeting${sorted.length === 1 ? '' : 's'}`, `${failures.length} failed`];
  if (skipped > 0) counts.push(`${skipped} skipped`);
  lines.push(`${counts.join(', ')}.`, '');
  if (sorted.length > 0) {
    lines.push('| Date | Title | Platform | Points | Links | Overview |', '| --- | --- | --- | ---: | ---: | --- |');
    for (const { href, facts } of sorted) {
      const name = href.split('/').at(-1) ?? href;
      lines.push(`| ${facts.date ?? 'undated'} | ${cell(shownTitle(facts.title))} | ${cell(facts.platform ?? '')} | ${facts.points} | ${facts.links} | [${cell(name)}](${encodeURI(href)}) |`);
    }
    lines.push('');
  }
  if (failures.length > 0) {
    lines.push('## Failures', '');
    for (const f of [...failures].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) lines.push(`- ${code(f.path)}: ${cell(f.reason)}`);
    lines.push('');
  }
  return lines.join('\n');
}
