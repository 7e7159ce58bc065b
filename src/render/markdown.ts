import Mustache from 'mustache';
import type { Overview } from '../summarise/overview.js';
import { dateLine } from '../summarise/header.js';
import { escapeMany } from './escape.js';

/** What a template sees: every string already escaped for its Markdown context. */
export interface TemplateView {
  title: string;
  dateLine: string;
  date?: string;
  start?: string;
  end?: string;
  platform?: string;
  sections: Array<{ title: string; intro?: string; points: Array<{ text: string; repeats: number }> }>;
  links: Array<{ url: string; label: string; markdown: string }>;
}

const pointText = (p: { text: string; authors?: string[] }): string =>
  p.authors && p.authors.length > 0 ? `${p.text} (${p.authors.join(', ')})` : p.text;

/** Builds the template view, escaping all points in one pass per context. */
export function templateView(overview: Overview): TemplateView {
  const points = escapeMany(overview.sections.flatMap((s) => s.points.map(pointText)), 'item');
  const headings = escapeMany([overview.title, ...overview.sections.map((s) => s.title)], 'heading');
  const intros = escapeMany(overview.sections.map((s) => s.intro ?? ''), 'paragraph');
  const line = dateLine(overview);
  // The default template lists bare links: their context is in the points above,
  // and repeating it would make each link a near-duplicate bullet.
  const links = escapeMany(overview.links.map((l) => l.url), 'item');
  const labels = escapeMany(overview.links.map((l) => l.text), 'item');
  let k = 0;
  return {
    title: headings[0]!,
    dateLine: line ? escapeMany([line], 'paragraph')[0]! : '',
    ...(overview.date ? { date: overview.date } : {}),
    ...(overview.start ? { start: overview.start } : {}),
    ...(overview.end ? { end: overview.end } : {}),
    ...(overview.platform ? { platform: escapeMany([overview.platform], 'paragraph')[0]! } : {}),
    sections: overview.sections.map((s, i) => ({
      title: headings[i + 1]!,
      ...(s.intro ? { intro: intros[i]! } : {}),
      points: s.points.map((p) => ({ text: points[k++]!, repeats: p.repeats })),
    })),
    links: overview.links.map((l, i) => ({ url: l.url, label: labels[i]!, markdown: links[i]! })),
  };
}

/** Renders an overview with a Mustache template; template text is never run as code. */
export function renderMarkdown(overview: Overview, template: string): string {
  // Values are escaped for Markdown already; Mustache's HTML escaping would corrupt them.
  const out = Mustache.render(template, templateView(overview), {}, { escape: (s: string) => s });
  return `${out.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
