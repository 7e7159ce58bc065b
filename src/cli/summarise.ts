import { resolve } from 'node:path';
import { defaultNoise, defaultRules } from '../config/defaults.js';
import { UsageError } from '../errors.js';
import { readBundled } from '../io/bundled.js';
import { isFolder, readFolderEntries } from '../io/read-folder.js';
import { isCalendarDate } from '../ingest/iso-time.js';
import { readInputFile } from '../io/read.js';
import { checkTemplate } from '../render/check-template.js';
import { checkOutputPath, writeFileAtomic } from '../io/write.js';
import type { Accounting } from '../summarise/overview.js';
import { summariseExport } from '../summarise/from-export.js';
import type { CliContext, CommandOptions } from './context.js';
import { pathOption, refuseInsideFolder, refuseReadFiles, type ReadFile } from './output-path.js';

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

// Below this (about 2,500 messages) a summarise is over before the optimizing compiler pays
// for itself (measured: it helps at 400 KB and up, and costs 10-15% at 100-200 KB).
const SHORT_INPUT_BYTES = 256 * 1024;

// Checking a zone loads Intl's data (~20 ms): the default needs no check.
const DEFAULT_ZONE = 'Europe/London';

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Checks the flags that take a value of a particular shape. */
export function checkOptions(o: CommandOptions): void {
  const date = str(o.date);
  if (date !== undefined && !isCalendarDate(date)) {
    throw new UsageError(`--date: expected a date as YYYY-MM-DD, got "${date}"`);
  }
  for (const key of ['start', 'end'] as const) {
    const v = str(o[key]);
    if (v !== undefined && !TIME.test(v)) throw new UsageError(`--${key}: expected a time as HH:MM, got "${v}"`);
  }
  const tz = str(o.tz);
  if (tz !== undefined && tz !== DEFAULT_ZONE && !isTimeZone(tz)) throw new UsageError(`--tz: unknown time zone "${tz}"; expected an IANA name such as Europe/London`);
}

/** One line a fate, for `--stats`. */
export function formatStats(a: Accounting): string {
  const reasons = Object.entries(a.noiseReasons).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `records     ${a.records}`,
    `summarised  ${a.summarised}`,
    `merged      ${a.merged}`,
    `system      ${a.dropped.system}`,
    `reaction    ${a.dropped.reaction}`,
    `noise       ${a.dropped.noise}${reasons ? ` (${reasons})` : ''}`,
    `direct      ${a.dropped.direct}`,
  ].join('\n');
}

/** `-o -` is standard output, as `-` is standard input; `-o ""` is no path at all. */
const outputOf = (o: CommandOptions): string | undefined => {
  const output = pathOption('--output', str(o.output));
  return output === '-' ? undefined : output;
};

const readFiles = (rules: string | undefined, template: string | undefined): ReadFile[] => [
  ...(rules === undefined ? [] : [{ what: 'the --rules file', file: rules }]),
  ...(template === undefined ? [] : [{ what: 'the --template file', file: template }]),
];

const readText = async (ctx: CliContext, file: string): Promise<string> =>
  (await readInputFile(ctx.cwd, file)).toString('utf8').replace(/^\uFEFF/, '');

export async function run(args: string[], o: CommandOptions, ctx: CliContext): Promise<number> {
  const input = args[0]!;
  checkOptions(o);
  const output = outputOf(o);
  const rulesFile = str(o.rules);
  const templateFile = str(o.template);
  // Refuse before any work, not after a long summarise (writeFileAtomic checks again).
  if (output !== undefined) {
    const reads = [...(input === '-' ? [] : [{ what: 'the input', file: input }]), ...readFiles(rulesFile, templateFile)];
    refuseReadFiles('--output', output, ctx.cwd, reads);
    if (input !== '-' && (await isFolder(ctx.cwd, input))) refuseInsideFolder('--output', output, ctx.cwd, input);
    checkOutputPath(resolve(ctx.cwd, output), { force: Boolean(o.force), displayName: output });
  }
  // A folder is one multi-file export (an unpacked Slack zip), read as entries.
  const bytes = input === '-' ? await ctx.readStdin() : (await isFolder(ctx.cwd, input)) ? await readFolderEntries(ctx.cwd, input) : await readInputFile(ctx.cwd, input);
  if (bytes instanceof Uint8Array && bytes.length < SHORT_INPUT_BYTES) ctx.shortRun?.();
  // zod and yaml load only for a user's rules file: start-up time matters.
  const rules = rulesFile ? (await import('../config/load-rules.js')).parseRules(await readText(ctx, rulesFile), rulesFile) : defaultRules();
  const template = templateFile ? await readText(ctx, templateFile) : readBundled('overview.md');
  if (templateFile) checkTemplate(template, templateFile);

  const { overview, markdown } = summariseExport(bytes, input === '-' ? '<stdin>' : input, {
    rules,
    noise: defaultNoise(),
    template,
    timeZone: str(o.tz) ?? 'Europe/London',
    includeDirect: Boolean(o.includeDirect),
    attribute: Boolean(o.attribute),
    keepContacts: Boolean(o.keepContacts),
    byChannel: Boolean(o.byChannel),
    ...Object.fromEntries((['format', 'title', 'date', 'start', 'end', 'platform', 'dateOrder', 'channel'] as const).flatMap((k) => (str(o[k]) ? [[k, str(o[k])]] : []))),
  });
  const text = o.json ? `${JSON.stringify(overview, null, 2)}\n` : markdown;

  for (const w of overview.warnings) ctx.stderr.write(`${w.file}${w.line ? `:${w.line}` : ''}: warning: ${w.message}\n`);
  if (o.stats) ctx.stderr.write(`${formatStats(overview.accounting)}\n`);
  if (output === undefined) ctx.stdout.write(text);
  else await writeFileAtomic(resolve(ctx.cwd, output), text, { force: Boolean(o.force), displayName: output });
  return 0;
}
