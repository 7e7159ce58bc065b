import { findDuplicates } from '../../text/near-duplicate.js';
import { removeLines } from '../edits.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'no-duplicate-bullets',
  description: 'a bullet that repeats another anywhere in the file, exactly or nearly',
  defaultSeverity: 'error',
  fixable: true,
  docs:
    'An overview should make each point once. The same point twice, in one section or under two themes, makes ' +
    'the overview longer and suggests it was pasted together; near repeats ("Team prep should be ongoing due to ' +
    'staff turnover" and "Team preparation should be ongoing because staff turn over") count too, with the same ' +
    'merging as `chatnotes summarise`. Keep the clearest wording at the first place and delete the repeat; ' +
    '`--fix` deletes the later bullet (not when it has nested bullets of its own).',
  check(_tree, ctx) {
    const bullets = ctx.cache.bullets().filter((b) => b.item.position && b.text !== '');
    for (const { index, of } of findDuplicates(bullets.map((b) => b.text))) {
      const repeat = bullets[index];
      const first = bullets[of];
      if (!repeat || !first?.item.position) continue;
      const { line, column } = first.item.position.start;
      const nested = repeat.item.children.some((child) => child.type === 'list');
      const fix = nested ? undefined : removeLines(ctx.source, repeat.item);
      ctx.report({
        message: `Unexpected duplicate bullet, expected each point once (first at ${line}:${column})`,
        node: repeat.item,
        cause: first.item,
        ...(fix ? { fix: [fix] } : {}),
      });
    }
  },
};

export default rule;
