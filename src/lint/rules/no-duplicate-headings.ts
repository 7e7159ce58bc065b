import type { Heading } from 'mdast';
import { nodeText } from '../cache.js';
import type { Rule } from '../types.js';

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

const rule: Rule = {
  id: 'no-duplicate-headings',
  description: 'a heading repeated in the file',
  defaultSeverity: 'warning',
  fixable: false,
  docs:
    'Two sections with the same title split one theme in two: readers find half the points under each, and ' +
    'links to the heading go to the first only. Merge the bullets of the repeated section into the first one ' +
    'and delete the second heading, or rename one of them if they really are different topics.',
  check(_tree, ctx) {
    const seen = new Map<string, Heading>();
    for (const heading of ctx.cache.headings()) {
      const key = normalise(nodeText(heading));
      if (!key || !heading.position) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, heading);
        continue;
      }
      const at = first.position ? ` (first at ${first.position.start.line}:${first.position.start.column})` : '';
      ctx.report({
        message: `Unexpected duplicate heading, expected each heading once${at}`,
        node: heading,
        cause: first,
      });
    }
  },
};

export default rule;
