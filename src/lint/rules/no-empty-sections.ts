import type { Heading, RootContent } from 'mdast';
import type { Rule } from '../types.js';

/** Comments and rules add nothing a reader can see under a heading. */
const isContent = (node: RootContent): boolean =>
  node.type !== 'thematicBreak' && !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));

/** Whether anything a reader sees follows the heading at `i` before the next heading of its level or higher. */
const hasContent = (children: RootContent[], i: number, heading: Heading): boolean => {
  for (let j = i + 1; j < children.length; j += 1) {
    const next = children[j] as RootContent;
    if (next.type === 'heading' && next.depth <= heading.depth) return false;
    if (isContent(next)) return true;
  }
  return false;
};

const rule: Rule = {
  id: 'no-empty-sections',
  description: 'a heading with nothing under it before the next heading of the same or higher level',
  defaultSeverity: 'warning',
  fixable: false,
  docs:
    'A heading with nothing under it promises a theme and delivers nothing, which usually means its bullets ' +
    'were moved or deleted. Add the points that belong there, or delete the heading.',
  check(_tree, ctx) {
    for (const parent of ctx.cache.parents()) {
      const children = parent.children as RootContent[];
      for (let i = 0; i < children.length; i += 1) {
        const heading = children[i] as RootContent;
        if (heading.type !== 'heading' || !heading.position) continue;
        if (!hasContent(children, i, heading)) {
          ctx.report({ message: 'Unexpected empty section, expected content under the heading', node: heading });
        }
      }
    }
  },
};

export default rule;
