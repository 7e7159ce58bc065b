import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateBlock } from '../../src/dates/update-block.js';
import { breakText, overviewFiles, rngFor, textMutations } from '../support/mutate.js';

// Every overview in fixtures/, broken in small seeded ways, with session lists, headings and
// markers thrown in: `dates --update` either refuses (a lone marker) or gives a text that a
// second update with the same sessions leaves exactly as it is. A line that ended up inside
// the new list (a lazy continuation of its last bullet) would be dropped by that second run.
const root = join(import.meta.dirname, '../../fixtures');
const PER_FILE = 15;
const SPICE = ['\n', '- ', '  ', '## Future sessions\n', '### Next sessions\n', 'Future sessions\n', '<!-- chatnotes:dates -->', '<!-- /chatnotes:dates -->', '- Friday 26 June 2026, 2pm – 4pm\n', '-\n', '#', '---', 'Dates:\n', '- TBC\n'];
const MUTATIONS = textMutations(SPICE);
const request = { texts: ['Friday 26 June 2026, 2pm – 4pm', 'Friday 18 September 2026, 2pm – 4pm'], file: 'overview.md' };

const files = overviewFiles(root);

describe('dates --update on broken overviews', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const r = rngFor(file, 13);
    const unsettled: string[] = [];
    for (let n = 0; n < PER_FILE; n++) {
      const s = breakText(text, r, MUTATIONS);
      let first: string;
      try {
        first = updateBlock(s, request).text;
      } catch (error) {
        if ((error as { exitCode?: number }).exitCode === 2) continue;
        throw error;
      }
      if (updateBlock(first, request).text !== first) unsettled.push(JSON.stringify(s));
    }
    expect(unsettled).toEqual([]);
  });
});
