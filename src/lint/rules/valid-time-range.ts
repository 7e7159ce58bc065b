import { clockMinutes, formatClock, parseTimeRangeAt } from '../../dates/clock.js';
import type { Rule } from '../types.js';

/** A time can start only where a number starts, not inside "2026" or "a1". */
const OVERNIGHT = /^\s*\((?:next day|\+1 day|\+1)\)/i;

const STARTS = /(?<![\p{L}\p{N}:.])\d/gu;

const rule: Rule = {
  id: 'valid-time-range',
  description: 'a time range that ends before it starts ("11:30am – 10am")',
  defaultSeverity: 'error',
  fixable: false,
  docs:
    'A time range whose end is not after its start ("11:30am – 10am", "2pm – 2pm") cannot be put in a calendar; ' +
    'it is usually a typo in the hour or a wrong am/pm. Correct the start or the end time. A range that runs past ' +
    'midnight must say so: "23:30 – 00:15 (next day)", as chatnotes summarise writes it.',
  check(tree, ctx) {
    for (const span of ctx.cache.textSpans()) {
      STARTS.lastIndex = 0;
      for (let m = STARTS.exec(span.text); m !== null; m = STARTS.exec(span.text)) {
        const range = parseTimeRangeAt(span.text, m.index);
        if (!range) continue;
        // Carry on after the range, so its end time is not read as the start of another.
        STARTS.lastIndex = range.endIndex;
        if (!range.end || clockMinutes(range.end) > clockMinutes(range.start)) continue;
        // "23:30 – 00:15 (next day)" says outright that it crosses midnight.
        if (OVERNIGHT.test(span.text.slice(range.endIndex))) continue;
        const place = span.place(m.index, range.endIndex - m.index);
        ctx.report({
          message: `Unexpected time range "${span.text.slice(m.index, range.endIndex)}" ending at or before its start, expected an end after ${formatClock(range.start)}`,
          node: span.node,
          ...(place ? { place } : {}),
        });
      }
    }
  },
};

export default rule;
