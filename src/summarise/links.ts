import { findUrls } from '../text/tokens.js';
import type { Link } from '../types.js';

const MAX_LABEL = 80;

/** A short label for a link: the point's words around it, cut at a word boundary. */
export function linkLabel(pointText: string, url: string): string {
  const rest = pointText
    .replace(url, ' ')
    .replace(/[([{<]\s*[)\]}>]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;,.\-–—([]+$/u, '')
    .trim();
  if (rest.split(' ').length < 2) return '';
  if (rest.length <= MAX_LABEL) return rest;
  return `${rest.slice(0, MAX_LABEL).replace(/\s+\S*$/, '')}…`;
}

/** Every URL shared in the points, once, in order of first appearance. */
export function collectLinks(points: ReadonlyArray<{ text: string }>): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const point of points) {
    for (const url of findUrls(point.text)) {
      if (seen.has(url)) continue;
      seen.add(url);
      links.push({ url, text: linkLabel(point.text, url) });
    }
  }
  return links;
}
