/** Entry paths as archives give them, checked: an entry names what it is, never where to write. */

/** Forward slashes, no `./`, no trailing slash. */
export const normaliseEntryPath = (raw: string): string =>
  raw.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+/g, '/').replace(/\/$/, '');

/** Why an entry path is unsafe (absolute, a drive, `..`, control characters), if it is. */
export function unsafePath(raw: string): string | undefined {
  const path = raw.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'unsafe path: absolute paths are not allowed in an archive';
  if (path.split('/').includes('..')) return 'unsafe path: ".." would point outside the archive';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return 'unsafe path: control characters in the name';
  return undefined;
}
