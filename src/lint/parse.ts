/** The one Markdown parser every rule shares: unified + remark-parse, CommonMark, no extensions. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();

/** Parses Markdown into mdast with positions and offsets. */
export const parseMarkdown = (text: string): Root => processor.parse(text);
