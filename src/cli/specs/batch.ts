import type { CommandSpec } from '../context.js';
import { exportOptions } from './summarise.js';

export const batchSpec: CommandSpec = {
  name: 'batch',
  summary: 'summarise every export in a folder, .zip, .tar or .tar.gz into OUTDIR, with an index.md',
  args: ['<input...>'],
  options: [
    { flags: '-o, --output <dir>', description: 'OUTDIR: one overview per export, index.md and a manifest (required)' },
    { flags: '-f, --force', description: 'redo every export and replace files in OUTDIR that batch did not write' },
    { flags: '-j, --jobs <n>', description: 'worker threads (default: the number of cores)' },
    { flags: '--shard <k/n>', description: 'process only the K-th of N stable shares of the entries (for several machines)' },
    { flags: '--merge-index', description: 'INPUT... are shard OUTDIRs: write one index.md over them into -o DIR' },
    { flags: '--format <id>', description: 'read every export as this format instead of detecting each' },
    { flags: '-r, --rules <file>', description: 'themes and extra noise phrases (YAML or JSON); default: the config in INPUT, else the bundled rules' },
    { flags: '-t, --template <file>', description: 'Mustache template for every overview; default: templates/overview.md' },
    { flags: '--tz <zone>', description: 'IANA time zone of the meetings (default: Europe/London)' },
    ...exportOptions,
    { flags: '--json', description: 'print a report of every export and its outcome as JSON' },
    { flags: '-q, --quiet', description: 'no progress; print only failures and the summary line' },
  ],
  examples: [
    'chatnotes batch "Zoom recordings/" -o overviews',
    'chatnotes batch exports.zip -o overviews --rules rules.yaml --jobs 4',
    'chatnotes batch exports.tar.gz -o out/shard-1 --shard 1/3 --quiet',
    'chatnotes batch --merge-index out/shard-1 out/shard-2 out/shard-3 -o out',
    'chatnotes batch exports.zip -o overviews --json > report.json',
  ],
  load: () => import('../batch.js'),
};
