/** Which files of a zip or folder export are worth reading, and caps that keep a hostile archive small. */

/** Caps for one bundle (zip or folder): reading stops with an InputError past them. */
export const BUNDLE_LIMITS = {
  maxEntries: 5000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
};

// Photos, recordings and documents that ride along with a WhatsApp or Slack export:
// never chat text, and often most of the archive's size, so they are not even unpacked.
const MEDIA = /\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?|mp4|mov|m4v|3gp|webm|mkv|avi|opus|ogg|m4a|mp3|aac|amr|wav|pdf|vcf|zip|pptx?|xlsx?)$/i;

/** `a\b/./c` to `a/b/c`; undefined for paths that climb out or are absolute. */
export function normaliseBundlePath(raw: string): string | undefined {
  const parts = raw.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (raw.startsWith('/') || /^[a-z]:/i.test(raw) || parts.includes('..') || parts.length === 0) return undefined;
  return parts.join('/');
}

/** Hidden files, macOS resource forks and media are left out of a bundle. */
export function skipBundlePath(path: string): boolean {
  return path.split('/').some((p) => p.startsWith('.') || p === '__MACOSX') || MEDIA.test(path);
}

const TEXT = /\.(?:txt|csv|tsv|json|jsonl|ndjson|vtt|srt|sbv|log)$/i;

/** A file a text format could read, by its name. */
export const isTextPath = (path: string): boolean => TEXT.test(path);

/** The one text-like file of a bundle, if there is exactly one (`_chat.txt` beside media). */
export function singleText<T extends { path: string }>(entries: readonly T[], ext: RegExp = TEXT): T | undefined {
  const texts = entries.filter((e) => ext.test(e.path));
  return texts.length === 1 ? texts[0] : undefined;
}
