/** Keeping contacts and names out of the overview unless asked for. */

import { twin } from '../text/charset.js';

// Each pattern has an ASCII twin for text whose letters and digits are all ASCII (text/charset.ts).
const EMAIL = twin(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, () => /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu);
// UK and international numbers: a leading 0 or +, 10 to 13 digits in all, spaces,
// dots or dashes between groups. Dates and counts have no leading 0 or + so stay.
const PHONE_BODY = String.raw`(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?|\(?0)\d{2,5}\)?(?:[\s.-]?\d{2,4}){2,3}`;
const PHONE = twin(new RegExp(`(?<![A-Za-z0-9/])${PHONE_BODY}(?![A-Za-z0-9/])`, 'g'), () => new RegExp(`(?<![\\p{L}\\p{N}/])${PHONE_BODY}(?![\\p{L}\\p{N}/])`, 'gu'));

const digits = (s: string): number => s.replace(/\D/g, '').length;

/** Replaces e-mail addresses with `[email]` and phone numbers with `[phone]`. */
export function redactContacts(text: string): string {
  // Cheap checks first: most chat lines have neither an @ nor a run of digits.
  const mailed = text.includes('@') ? text.replace(EMAIL(text), '[email]') : text;
  return /\d{2}/.test(mailed) ? mailed.replace(PHONE(mailed), (match) => (digits(match) >= 10 && digits(match) <= 13 ? '[phone]' : match)) : mailed;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function replacing participants' full names, as written, with `[name]`; one regex for all names. */
export function nameRedactor(fullNames: Iterable<string>): (text: string) => string {
  const names = [...new Set([...fullNames].map((n) => n.replace(/\s*\([^)]*\)/g, "").trim()))]
    .filter((n) => n.split(/\s+/).length >= 2)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return (text) => text;
  const alternatives = names.map(escapeRegExp).join('|');
  const pattern = twin(new RegExp(`(?<![A-Za-z])(?:${alternatives})(?![A-Za-z])`, 'g'), () => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'gu'));
  return (text) => text.replace(pattern(text), '[name]');
}
