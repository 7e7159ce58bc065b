import { removeLines } from '../edits.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'no-empty-bullets',
  description: 'a list marker with no text',
  defaultSeverity: 'error',
  fixable: true,
  docs:
    'A lone `-` renders as an empty bullet: a blank dot in the overview that readers take for lost text. ' +
    'It is usually left over from editing or from a trailing marker at the end of a list. ' +
    'Delete the line, or write the point it was meant to hold; `--fix` deletes it.',
  check(_tree, ctx) {
    for (const { item } of ctx.cache.bullets()) {
      if (item.children.length > 0 || !item.position) continue;
      const fix = removeLines(ctx.source, item);
      ctx.report({
        message: 'Unexpected empty bullet, expected text after the list marker',
        node: item,
        ...(fix ? { fix: [fix] } : {}),
      });
    }
  },
};

export default rule;
