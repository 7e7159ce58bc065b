import type { List, ListItem, RootContent } from 'mdast';
import { removeGap } from '../edits.js';
import type { Rule, RuleContext, TextEdit } from '../types.js';

const gapBetween = (a: ListItem | List, b: ListItem | List): number | undefined =>
  a.position && b.position ? b.position.start.line - a.position.end.line - 1 : undefined;

const blankLines = (n: number): string => (n === 1 ? 'blank line' : `${n} blank lines`);

/** Blank lines inside an otherwise tight list: the items after them look like a list of their own. */
const checkGaps = (list: List, ctx: RuleContext): void => {
  const gaps = list.children.slice(1).map((item, i) => gapBetween(list.children[i] as ListItem, item));
  // A list with a blank line between every pair of items is loose on purpose; only mixed spacing is a split.
  if (!gaps.some((gap) => gap === 0)) return;
  list.children.slice(1).forEach((item, i) => {
    const gap = gaps[i];
    if (!gap || gap < 1) return;
    const previous = list.children[i] as ListItem;
    const fix = removeGap(ctx.source, previous, item);
    ctx.report({
      message: `Unexpected ${blankLines(gap)} before bullet, expected one unbroken list`,
      node: item,
      cause: previous,
      ...(fix ? { fix: [fix] } : {}),
    });
  });
};

const markerOf = (ctx: RuleContext, item: ListItem): string | undefined => {
  const offset = item.position?.start.offset;
  return offset === undefined ? undefined : ctx.source[offset];
};

/** Two bullet lists next to each other (different markers): join them under the first list's marker. */
const checkNeighbours = (first: List, second: List, ctx: RuleContext): void => {
  if (first.ordered || second.ordered || gapBetween(first, second) === undefined) return;
  const marker = first.children[0] && markerOf(ctx, first.children[0]);
  const edits: TextEdit[] = [];
  const gap = removeGap(ctx.source, first, second);
  if (gap) edits.push(gap);
  for (const item of second.children) {
    const offset = item.position?.start.offset;
    if (offset !== undefined && marker) edits.push({ start: offset, end: offset + 1, text: marker });
  }
  ctx.report({
    message: 'Unexpected new list, expected the bullets to continue the list above',
    node: second.children[0] ?? second,
    cause: first,
    ...(marker && edits.length > 0 ? { fix: edits } : {}),
  });
};

const rule: Rule = {
  id: 'no-split-lists',
  description: 'one list broken into several by blank lines inside a section',
  defaultSeverity: 'warning',
  fixable: true,
  docs:
    'A blank line inside a list of one-line bullets makes the whole list loose (every bullet gets paragraph ' +
    'spacing) and leaves the bullets after it looking like a separate, orphaned list, often far from the ' +
    'section they belong to. Keep the bullets of a section together: delete the blank lines between them, or ' +
    'give the orphaned bullets a heading of their own if they start a new topic. `--fix` deletes the blank lines ' +
    'and, for two neighbouring lists with different markers, uses the first list\'s marker for both.',
  check(_tree, ctx) {
    for (const list of ctx.cache.lists()) checkGaps(list, ctx);
    for (const parent of ctx.cache.parents()) {
      const children = parent.children as RootContent[];
      for (let i = 1; i < children.length; i += 1) {
        const before = children[i - 1];
        const child = children[i];
        if (child?.type === 'list' && before?.type === 'list') checkNeighbours(before, child, ctx);
      }
    }
  },
};

export default rule;
