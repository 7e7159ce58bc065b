import type { RootContent } from 'mdast';
import { nodeText } from '../cache.js';
import { firstSpanWithin } from '../places.js';
import type { Rule } from '../types.js';

const EXAMPLE = '"Friday 13 March 2026, 14:00 – 16:00 | MS Teams"';

/** The title is the first block; the date line is the paragraph right under it. */
const header = (children: RootContent[]): { title?: RootContent; line?: RootContent } => {
  const [title, line] = children;
  if (!title || (title.type !== 'heading' && title.type !== 'paragraph')) return {};
  return line?.type === 'paragraph' ? { title, line } : { title };
};

const rule: Rule = {
  id: 'date-line',
  description: 'a missing or incomplete date line under the title',
  defaultSeverity: 'warning',
  fixable: false,
  docs:
    `An overview is read long after the meeting, and its date line (${EXAMPLE}) is what says which meeting it ` +
    'was: without it, or without the weekday or the times, readers cannot place it or check the future-session ' +
    'dates against it. Put the date, with its weekday and the start and end times, on the line under the title, ' +
    'followed by the platform.',
  check(tree, ctx) {
    const { title, line } = header(tree.children);
    if (!title?.position) return;
    const match = line ? ctx.cache.sessionDates(nodeText(line))[0] : undefined;
    if (!line || !match) {
      ctx.report({ message: `Unexpected title without a date line, expected a line such as ${EXAMPLE} under it`, node: title });
      return;
    }
    const missing = [match.weekday ? '' : 'a weekday', match.start ? '' : 'times', match.end || !match.start ? '' : 'an end time'].filter(Boolean);
    if (missing.length === 0) return;
    const span = firstSpanWithin(ctx.cache.textSpans(), line.position?.start.offset ?? 0, line.position?.end.offset ?? 0);
    const found = span && ctx.cache.sessionDates(span.text)[0];
    const place = span && found ? span.place(found.index, found.length) : undefined;
    ctx.report({
      message: `Unexpected date line without ${missing.join(' and ')}, expected a line such as ${EXAMPLE}`,
      node: line,
      ...(place ? { place } : {}),
    });
  },
};

export default rule;
