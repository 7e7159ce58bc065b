/** Where a Slack export sits among a bundle's paths: `channels.json` and `users.json` side by side. */

const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The folder (`''` for the top) that holds `channels.json` and `users.json` (or
 * Enterprise Grid's `org_users.json`); the shallowest wins, so a zip of the
 * unpacked folder works too. Undefined when the paths are not a Slack export.
 */
export function slackRoot(paths: readonly string[]): string | undefined {
  const seen = new Map<string, Set<string>>();
  for (const p of paths) {
    const base = baseOf(p);
    if (base === 'channels.json' || base === 'users.json' || base === 'org_users.json') {
      const dir = dirOf(p);
      seen.set(dir, (seen.get(dir) ?? new Set()).add(base === 'org_users.json' ? 'users.json' : base));
    }
  }
  const roots = [...seen].filter(([, names]) => names.size === 2).map(([dir]) => dir);
  return roots.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))[0];
}

/** True when a zip's or folder's paths are one Slack export, to be summarised as one chat (for `batch`). */
export const isBundleExport = (paths: readonly string[]): boolean => slackRoot(paths) !== undefined;

/** `general/2026-03-13.json` under the root: the channel folder and the day. */
export function dayFile(path: string, root: string): { channel: string; day: string } | undefined {
  const rel = root === '' ? path : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
  const m = rel === undefined ? null : /^([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(rel);
  return m ? { channel: m[1]!, day: m[2]! } : undefined;
}
