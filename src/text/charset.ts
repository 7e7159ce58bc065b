/**
 * Unicode property classes (`\p{L}`, `\p{N}`) take V8 milliseconds to compile, at every
 * start, and most chat text needs none of them: its only characters outside ASCII are
 * emoji, curly quotes, dashes and odd spaces, none of them letters or digits. For such
 * "simple" text an ASCII class matches exactly what the Unicode class would, so the
 * patterns that need `\p{...}` have an ASCII twin, and the Unicode one is compiled only
 * when a text has letters or digits beyond ASCII.
 */

// ASCII, then blocks with no letter and no digit in them (a test checks every code point):
// nbsp, dashes, curly quotes, bullet, ellipsis, narrow nbsp, ZWJ, VS16, arrows, technical
// symbols, shapes, miscellaneous symbols and dingbats (but the circled digits), stars,
// and the emoji blocks.
const SIMPLE =
  /^[\0-\x7F\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u202F\u200D\uFE0F\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u2775\u2794-\u27BF\u2B00-\u2BFF\u{1F300}-\u{1FAFF}]*$/u;

/** True when every letter and digit in the text is ASCII. */
export const isSimple = (text: string): boolean => SIMPLE.test(text);

export const SIMPLE_PATTERN = SIMPLE;

/**
 * A pattern with an ASCII twin: `pick(text)` gives the twin for simple text and
 * the Unicode pattern, compiled on first need, for the rest.
 */
export function twin(ascii: RegExp, unicode: () => RegExp): (text: string) => RegExp {
  let full: RegExp | undefined;
  return (text) => (isSimple(text) ? ascii : (full ??= unicode()));
}
