import type { ListItem, Root, RootContent } from 'mdast';
import { clockMinutes } from '../../dates/clock.js';
import { MONTHS, type SessionDateMatch } from '../../dates/session-date.js';
import { nodeText, type LintCache } from '../cache.js';
import { firstSpanWithin, type TextSpan } from '../places.js';
import type { Position, Rule } from '../types.js';

/** How many blocks from the top the meeting's own date line may be (title, date line, maybe a subtitle). */
const HEADER_BLOCKS = 4;

const key = (m: SessionDateMatch): number =>
  (m.date.year * 10000 + m.date.month * 100 + m.date.day) * 1440 + (m.start ? clockMinutes(m.start) : 0);
const dayKey = (m: SessionDateMatch): number => m.date.year * 10000 + m.date.month * 100 + m.date.day;
const show = (m: SessionDateMatch): string => `${m.date.day} ${MONTHS[m.date.month - 1]} ${m.date.year}`;

type Dates = LintCache['sessionDates'];

const meetingDate = (tree: Root, dates: Dates): { node: RootContent; match: SessionDateMatch } | undefined => {
  for (const node of tree.children.slice(0, HEADER_BLOCKS)) {
    if (node.type === 'list') return undefined;
    const match = dates(nodeText(node))[0];
    if (match) return { node, match };
  }
  return undefined;
};

/** A bullet that starts with a date is a session when it has a time or its list holds other dated bullets. */
const sessions = (items: ListItem[], dates: Dates): Array<{ item: ListItem; match: SessionDateMatch }> => {
  const dated = items.flatMap((item) => {
    const text = nodeText(item).trimStart();
    const match = dates(text)[0];
    return match && match.index === 0 ? [{ item, match }] : [];
  });
  return dated.length >= 2 ? dated : dated.filter((d) => d.match.start);
};

/** The date itself inside the bullet, when its first text node holds it. */
const placeOf = (spans: TextSpan[], item: ListItem, dates: Dates): Position | undefined => {
  const span = firstSpanWithin(spans, item.position?.start.offset ?? 0, item.position?.end.offset ?? 0);
  const match = span && dates(span.text)[0];
  return span && match ? span.place(match.index, match.length) : undefined;
};

const rule: Rule = {
  id: 'session-dates-order',
  description: "future-session dates that are not ascending or fall before the meeting's own date",
  defaultSeverity: 'error',
  fixable: false,
  docs:
    'The list of future sessions is read top to bottom as a calendar: a date out of order, or one before the ' +
    'meeting the overview is about, is almost always a wrong year or month, and people will miss the session. ' +
    'The meeting\'s own date is the first date in the lines under the title. Correct the date (check the ' +
    'invitation), or sort the bullets so the dates go up.',
  check(tree, ctx) {
    const dates = ctx.cache.sessionDates;
    const meeting = meetingDate(tree, dates);
    const spans = ctx.cache.textSpans();
    for (const list of ctx.cache.lists()) {
      let previous: { item: ListItem; match: SessionDateMatch } | undefined;
      for (const session of sessions(list.children, dates)) {
        if (!session.item.position) continue;
        const place = placeOf(spans, session.item, dates);
        const where = place ? { place } : {};
        if (meeting && dayKey(session.match) < dayKey(meeting.match)) {
          ctx.report({
            message: `Unexpected session date ${show(session.match)} before the meeting (${show(meeting.match)}), expected a later date`,
            node: session.item,
            cause: meeting.node,
            ...where,
          });
        } else if (previous && key(session.match) < key(previous.match)) {
          ctx.report({
            message: `Unexpected session date ${show(session.match)} after ${show(previous.match)}, expected dates in ascending order`,
            node: session.item,
            cause: previous.item,
            ...where,
          });
        }
        previous = session;
      }
    }
  },
};

export default rule;
