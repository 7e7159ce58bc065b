/** Keeping contacts and names out of the overview unless asked for. */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// UK and international numbers: a leading 0 or +, 10 to 13 digits in all, spaces,
// dots or dashes between groups. Dates and counts have no leading 0 or + so stay.
const PHONE = /(?<![\p{L}\p{N}/])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?|\(?0)\d{2,5}\)?(?:[\s.-]?\d{2,4}){2,3}(?![\p{L}\p{N}/])/gu;

const digits = (s: string): number => s.replace(/\D/g, '').length;

/** Replaces e-mail addresses with `[email]` and phone numbers with `[phone]`. */
export function redactContacts(text: string): string {
  // Cheap checks first: most chat lines have neither an @ nor a run of digits.
  const mailed = text.includes('@') ? text.replace(EMAIL, '[email]') : text;
  return /\d{2}/.test(mailed) ? mailed.replace(PHONE, (match) => (digits(match) >= 10 && digits(match) <= 13 ? '[phone]' : match)) : mailed;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function replacing participants' full names, as written, with `[name]`; one regex for all names. */
export function nameRedactor(fullNames: Iterable<string>): (text: string) => string {
  const names = [...new Set([...fullNames].map((n) => n.replace(/\s*\([^)]*\)/g, "").trim()))]
    .filter((n) => n.split(/\s+/).length >= 2)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  return (text) => text.replace(pattern, '[name]');
}
