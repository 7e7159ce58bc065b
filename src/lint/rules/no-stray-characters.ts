import type { Rule, TextEdit } from '../types.js';

/** Invisible characters pasted from chat clients and word processors; they break search and copying. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;
/** UTF-8 read as Windows-1252: each maps back to the character it was. */
const MOJIBAKE: Record<string, string> = {
  'â€™': '’', 'â€˜': '‘', 'â€œ': '“', 'â€\u009D': '”', 'â€“': '–', 'â€”': '—', 'â€¦': '…', 'Â£': '£',
};
const MOJIBAKE_RE = new RegExp(Object.keys(MOJIBAKE).join('|'), 'g');
/** A word-processor bullet at the start of a line (after any line break, a lone `\r` too), where Markdown wants `- `. */
const FAKE_BULLET = /(?<=^|[\r\n])[ \t]*([•◦▪●·])[ \t]/g;
/** A character every finding starts with; most text has none, and one test is cheaper than four scans. */
const FIRSTS = [...new Set(Object.keys(MOJIBAKE).map((k) => k[0]))].join('');
const SUSPECT = new RegExp(`${INVISIBLE.source}|[${FIRSTS}\uFFFD•◦▪●·]`, 'u');

const name = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const rule: Rule = {
  id: 'no-stray-characters',
  description: 'invisible characters, mangled punctuation (â€™) and pasted • bullets',
  defaultSeverity: 'warning',
  fixable: true,
  docs:
    'Text copied out of chat clients and word processors brings characters that do not belong in Markdown: ' +
    'zero-width spaces and control characters (invisible, but they break searching and copying), punctuation ' +
    'mangled by a wrong encoding ("â€™" for "’"), the replacement character "\uFFFD" where a character was lost, ' +
    'and "•" bullets that Markdown shows as plain text. `--fix` deletes the invisible characters, restores ' +
    'the mangled punctuation and turns "•" into "-"; a "\uFFFD" needs the original text.',
  check(tree, ctx) {
    for (const span of ctx.cache.textSpans()) {
      if (!SUSPECT.test(span.text)) continue;
      const report = (index: number, length: number, message: string, text?: string): void => {
        const place = span.place(index, length);
        const start = place?.start.offset;
        const fix: TextEdit[] | undefined = span.exact && text !== undefined && start !== undefined ? [{ start, end: start + length, text }] : undefined;
        ctx.report({ message, node: span.node, ...(place ? { place } : {}), ...(fix ? { fix } : {}) });
      };
      for (const m of span.text.matchAll(INVISIBLE)) {
        report(m.index, m[0].length, `Unexpected invisible character ${name(m[0])}, expected visible text only`, '');
      }
      for (const m of span.text.matchAll(MOJIBAKE_RE)) {
        report(m.index, m[0].length, `Unexpected "${m[0]}", expected "${MOJIBAKE[m[0]]}" (text decoded with the wrong encoding)`, MOJIBAKE[m[0]]);
      }
      for (const m of span.text.matchAll(/\uFFFD/g)) {
        report(m.index, 1, 'Unexpected replacement character "\uFFFD", expected the character that was lost');
      }
      for (const m of span.text.matchAll(FAKE_BULLET)) {
        const at = m.index + m[0].indexOf(m[1] ?? '');
        report(at, 1, `Unexpected "${m[1]}" bullet, expected a Markdown "-" list marker`, '-');
      }
    }
  },
};

export default rule;
