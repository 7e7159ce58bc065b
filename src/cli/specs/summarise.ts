import type { CommandSpec, OptionSpec } from '../context.js';

/** How every export is read and what its overview keeps: shared by `summarise` and `batch`. */
export const exportOptions: OptionSpec[] = [
  { flags: '--platform <name>', description: 'platform shown in the header (default: from the format)' },
  { flags: '--include-direct', description: 'keep direct and private messages (left out by default)' },
  { flags: '--attribute', description: 'name the author of each point' },
  { flags: '--keep-contacts', description: 'keep e-mail addresses and phone numbers (replaced by default)' },
  { flags: '--by-channel', description: 'a Slack export of several channels gets a set of sections per channel ("#general: Ideas & Suggestions") instead of one merged set' },
];

export const summariseSpec: CommandSpec = {
  name: 'summarise',
  summary: 'turn a chat export (a file, a zip, a Slack export or channel folder, or - for stdin) into a Markdown overview',
  args: ['<input>'],
  options: [
    { flags: '-o, --output <file>', description: 'write the overview to FILE (atomically) instead of stdout' },
    { flags: '-f, --force', description: 'replace an existing output file' },
    { flags: '--format <id>', description: 'skip detection and read INPUT as this format (see `chatnotes formats`)' },
    { flags: '-r, --rules <file>', description: 'themes and extra noise phrases (YAML or JSON); default: the bundled general rules' },
    { flags: '-t, --template <file>', description: 'Mustache template for the overview; default: templates/overview.md' },
    { flags: '--title <text>', description: 'title of the overview (default: the Zoom folder topic, else "Meeting Chat Overview")' },
    { flags: '--date <yyyy-mm-dd>', description: 'date of the meeting, for exports without one' },
    { flags: '--start <hh:mm>', description: 'start time shown in the header' },
    { flags: '--end <hh:mm>', description: 'end time shown in the header' },
    { flags: '--date-order <order>', description: 'numeric dates a WhatsApp file cannot settle: dmy (default), mdy or ymd', choices: ['dmy', 'mdy', 'ymd'] },
    { flags: '--channel <name>', description: 'one channel of a Slack export (default: every channel, merged in time order)' },
    { flags: '--tz <zone>', description: 'IANA time zone of the meeting', defaultValue: 'Europe/London' },
    ...exportOptions,
    { flags: '--json', description: 'print the overview as JSON (sections, links, accounting, warnings)' },
    { flags: '--stats', description: 'print what happened to every message on stderr' },
  ],
  examples: [
    'chatnotes summarise fixtures/overviews/seed-001-teams/chat.txt',
    'chatnotes summarise "2026-03-13 14.00.05 Peer Space/meeting_saved_chat.txt" -o overview.md',
    'chatnotes summarise chat.txt --rules rules.yaml --title "Peer Support Space" --stats',
    'pbpaste | chatnotes summarise - --format teams-paste --date 2026-03-13',
    'chatnotes summarise "Peer Space Slack export" --channel peer-support',
    'chatnotes summarise slack-export.zip --by-channel -o overview.md',
  ],
  load: () => import('../summarise.js'),
};
