/** Every lint rule, alphabetically by id. Retired ids stay here as comments so they are never reused. */
import type { Rule } from '../types.js';
import listIndent from './list-indent.js';
import noDuplicateBullets from './no-duplicate-bullets.js';
import noDuplicateHeadings from './no-duplicate-headings.js';
import noEmptyBullets from './no-empty-bullets.js';
import noEmptySections from './no-empty-sections.js';
import noSplitLists from './no-split-lists.js';
import sessionDatesOrder from './session-dates-order.js';
import validTimeRange from './valid-time-range.js';
import weekdayMatchesDate from './weekday-matches-date.js';

export const rules: readonly Rule[] = [
  listIndent,
  noDuplicateBullets,
  noDuplicateHeadings,
  noEmptyBullets,
  noEmptySections,
  noSplitLists,
  sessionDatesOrder,
  validTimeRange,
  weekdayMatchesDate,
];

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
