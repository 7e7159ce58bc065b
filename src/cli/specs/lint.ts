import type { CommandSpec } from '../context.js';

export const lintSpec: CommandSpec = {
  name: 'lint',
  summary: 'check meeting overviews for repeated, empty, uneven or split bullets, empty sections and wrong dates',
  args: ['<files...>'],
  options: [
    { flags: '--fix', description: 'mend what can be mended (empty and repeated bullets, indentation, split lists) and write the files' },
    { flags: '--dry-run', description: 'with --fix: print a unified diff instead of writing' },
    { flags: '--format <format>', description: 'how findings are printed', choices: ['text', 'json'], defaultValue: 'text' },
    {
      flags: '--rule <id=level>',
      description:
        'set a rule to off, warn or error (repeatable; wins over chatnotes.config.json/.yaml found upward from each file). ' +
        'Default errors: no-duplicate-bullets, no-empty-bullets, session-dates-order, valid-time-range, weekday-matches-date; ' +
        'the other rules warn. Only errors make the exit code 1',
      repeatable: true,
    },
  ],
  examples: [
    'chatnotes lint overview.md',
    'chatnotes lint overview.md --fix --dry-run | less',
    'chatnotes lint notes/*.md --fix',
    'chatnotes lint overview.md --rule list-indent=off --rule no-split-lists=error',
    'chatnotes lint overview.md --format json',
  ],
  load: () => import('../lint.js'),
};
