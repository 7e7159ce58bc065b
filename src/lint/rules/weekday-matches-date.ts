import { isValidDate, MONTHS, weekdayOf } from '../../dates/session-date.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'weekday-matches-date',
  description: 'a date such as "Friday 27 June 2026" whose weekday is wrong',
  defaultSeverity: 'error',
  fixable: false,
  docs:
    'A weekday that does not match its date ("Friday 27 June 2026" is a Saturday) sends people to a session on ' +
    'the wrong day, and nobody can tell which half is right. Check the calendar invitation and correct either ' +
    'the weekday or the date; the message names the weekday the date falls on. It is not fixed automatically ' +
    'because the date itself may be the mistake.',
  check(tree, ctx) {
    for (const span of ctx.cache.textSpans()) {
      for (const match of ctx.cache.sessionDates(span.text)) {
        const { year, month, day } = match.date;
        const written = `${day} ${MONTHS[month - 1]} ${year}`;
        const place = span.place(match.index, match.length);
        if (!isValidDate(year, month, day)) {
          ctx.report({ message: `Unexpected impossible date ${written}, expected a day that exists`, node: span.node, ...(place ? { place } : {}) });
          continue;
        }
        if (match.weekday === undefined) continue;
        const actual = weekdayOf(year, month, day);
        if (actual === match.weekday) continue;
        ctx.report({
          message: `Unexpected ${match.weekdayText ?? match.weekday} for ${written}, expected ${actual}`,
          node: span.node,
          ...(place ? { place } : {}),
        });
      }
    }
  },
};

export default rule;
