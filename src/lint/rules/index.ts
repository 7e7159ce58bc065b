/** Every lint rule, alphabetically by id. Retired ids stay here as comments so they are never reused. */
import type { Rule } from '../types.js';
import dateLine from './date-line.js';
import listIndent from './list-indent.js';
import noDuplicateBullets from './no-duplicate-bullets.js';
import noDuplicateHeadings from './no-duplicate-headings.js';
import noEmptyBullets from './no-empty-bullets.js';
import noEmptySections from './no-empty-sections.js';
import noSplitLists from './no-split-lists.js';
import noStrayCharacters from './no-stray-characters.js';
import sessionDatesOrder from './session-dates-order.js';
import validTimeRange from './valid-time-range.js';
import weekdayMatchesDate from './weekday-matches-date.js';

export const rules: readonly Rule[] = [
  dateLine,
  listIndent,
  noDuplicateBullets,
  noDuplicateHeadings,
  noEmptyBullets,
  noEmptySections,
  noSplitLists,
  noStrayCharacters,
  sessionDatesOrder,
  validTimeRange,
  weekdayMatchesDate,
];

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
