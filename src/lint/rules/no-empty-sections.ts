import type { Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../types.js';

/** Comments and rules add nothing a reader can see under a heading. */
const isContent = (node: RootContent): boolean =>
  node.type !== 'thematicBreak' && !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));

const rule: Rule = {
  id: 'no-empty-sections',
  description: 'a heading with nothing under it before the next heading of the same or higher level',
  defaultSeverity: 'warning',
  fixable: false,
  docs:
    'A heading with nothing under it promises a theme and delivers nothing, which usually means its bullets ' +
    'were moved or deleted. Add the points that belong there, or delete the heading.',
  check(tree, ctx) {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = node.children as RootContent[];
      children.forEach((child, i) => {
        if (child.type !== 'heading' || !child.position) return;
        const heading: Heading = child;
        let content = false;
        for (const next of children.slice(i + 1)) {
          if (next.type === 'heading' && next.depth <= heading.depth) break;
          if (isContent(next)) {
            content = true;
            break;
          }
        }
        if (!content) {
          ctx.report({ message: 'Unexpected empty section, expected content under the heading', node: heading });
        }
      });
    });
  },
};

export default rule;
