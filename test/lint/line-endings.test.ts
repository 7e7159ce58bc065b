/** `--fix` on CRLF and lone-CR files: the same fixes as for the `\n` file, and the file keeps its line endings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { overviewFiles } from '../support/mutate.js';

const root = join(import.meta.dirname, '../../fixtures');
const files = overviewFiles(root);
const ENDINGS = [['CRLF', '\r\n'], ['CR', '\r']] as const;

describe.each(ENDINGS)('%s', (_name, eol) => {
  // Each file as it is and without its final newline (then the last line's fix takes the break before it).
  it.each(files.flatMap((file) => [[file, ''], [file, ' (no final newline)']]))('%s%s', (file, cut) => {
    const whole = readFileSync(join(root, file), 'utf8').replace(/\r\n?/g, '\n');
    const lf = cut ? whole.trimEnd() : whole;
    const text = lf.replaceAll('\n', eol);
    const once = fixText(text, { file });
    expect(once.text).toBe(fixText(lf, { file }).text.replaceAll('\n', eol));
    expect(fixText(once.text, { file }).text).toBe(once.text);
    expect(lintText(text, { file })).toEqual(lintText(lf, { file }));
  });
});
