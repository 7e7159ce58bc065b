/** Output file names: from the meeting's date and a slug of its topic, never from entry paths. */

/** `Peer Space: Ünïcode!` -> `peer-space-unicode`; only [a-z0-9-], at most 60 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'meeting';
}

export interface Named {
  path: string;
  date?: string;
  topic: string;
}

/** `YYYY-MM-DD-slug` (or `undated-slug`); a repeat gets `-2`, `-3` in entry-path order, so names never depend on timing. */
export function assignNames(items: readonly Named[]): Map<string, string> {
  const base = (i: Named) => `${i.date ?? 'undated'}-${slugify(i.topic)}`;
  const sorted = [...items].sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const taken = new Set<string>(['index.md']);
  const out = new Map<string, string>();
  for (const item of sorted) {
    const b = base(item);
    let name = `${b}.md`;
    for (let n = 2; taken.has(name); n++) name = `${b}-${n}.md`;
    taken.add(name);
    out.set(item.path, name);
  }
  return out;
}

/** The topic of a meeting: the path's (Zoom folder) topic, else the overview title, else the file name. */
export function topicOf(path: string, pathTitle: string | undefined, title: string, defaultTitle: string): string {
  if (pathTitle) return pathTitle;
  const stripped = title.replace(new RegExp(`:?\\s*${defaultTitle}$`), '').trim();
  if (stripped) return stripped;
  const base = path.split('/').at(-1) ?? path;
  // The date is in the name already: `2026-03-16-classic.txt` -> `classic`.
  return base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}(?:[ _.-]+|$)/, '') || base;
}
