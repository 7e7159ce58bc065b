import { lineStartOf, reindent } from '../edits.js';
import type { Position, Rule, RuleContext } from '../types.js';

const prefixOf = (ctx: RuleContext, position: Position): string | undefined => {
  const offset = position.start.offset;
  if (offset === undefined) return undefined;
  return ctx.source.slice(lineStartOf(ctx.source, offset), offset);
};

const spaces = (n: number): string => `${n} space${n === 1 ? '' : 's'}`;

const rule: Rule = {
  id: 'list-indent',
  description: 'sibling bullets indented differently',
  defaultSeverity: 'warning',
  fixable: true,
  docs:
    'Bullets of one list should start in the same column. An extra space before a marker still renders as the ' +
    'same list, but it shows that lines were pasted from elsewhere, and one more space can turn a bullet into a ' +
    'nested one or into a paragraph continuation in other renderers. Indent every bullet like the first one of ' +
    'its list; `--fix` does this.',
  check(_tree, ctx) {
    for (const list of ctx.cache.lists()) {
      const first = list.children[0]?.position;
      if (!first) continue;
      const wanted = prefixOf(ctx, first);
      for (const item of list.children.slice(1)) {
        const position = item.position;
        if (!position || position.start.column === first.start.column) continue;
        const found = prefixOf(ctx, position);
        // Only whitespace is ours to change: a `>` prefix belongs to a block quote.
        const safe = wanted !== undefined && found !== undefined && /^[ \t]*$/.test(wanted) && /^[ \t]*$/.test(found);
        const fix = safe ? reindent(ctx.source, item, wanted) : undefined;
        ctx.report({
          message: `Unexpected bullet indented ${spaces(position.start.column - 1)}, expected ${spaces(first.start.column - 1)} like the first bullet of the list`,
          node: item,
          ...(fix ? { fix: [fix] } : {}),
        });
      }
    }
  },
};

export default rule;
