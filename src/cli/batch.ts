import { readFileSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { IANAZone } from 'luxon';
import { defaultNoise, defaultRules } from '../config/defaults.js';
import { parseRules } from '../config/load-rules.js';
import { UsageError } from '../errors.js';
import { readBundled } from '../io/bundled.js';
import { readInputFile } from '../io/read.js';
import { checkFolderPath } from '../io/write.js';
import { loadInputConfig } from '../batch/input-config.js';
import { DEFAULT_LIMITS, type Limits } from '../batch/limits.js';
import { stableJson, sha256 } from '../batch/manifest.js';
import { mergeIndex } from '../batch/merge-index.js';
import { openInput } from '../batch/open-input.js';
import { pickProgress } from '../batch/progress.js';
import { formatReport } from '../batch/report.js';
import { runBatch } from '../batch/run-batch.js';
import { parseShard } from '../batch/shard.js';
import { checkTemplate } from '../render/check-template.js';
import type { ExportJob } from '../summarise/from-export.js';
import type { CliContext, CommandOptions } from './context.js';
import { pathOption } from './output-path.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const flag = (v: unknown): boolean | undefined => (v === true ? true : undefined);

const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const readText = async (ctx: CliContext, file: string): Promise<string> =>
  (await readInputFile(ctx.cwd, file)).toString('utf8').replace(/^\uFEFF/, '');

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

function parseJobs(v: unknown): number {
  if (v === undefined) return availableParallelism();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs: expected a whole number from 1 to 64, got "${String(v)}"`);
  return n;
}

/** Internal knobs for tests: lower caps than a user would ever set. */
export interface BatchInternals {
  limits?: Limits;
}

export async function run(args: string[], o: CommandOptions, ctx: CliContext, internals: BatchInternals = {}): Promise<number> {
  const output = pathOption('--output', str(o.output), 'folder');
  if (output === undefined) throw new UsageError('-o, --output: required; name the folder for the overviews');
  if (output === '-') throw new UsageError('--output -: batch writes a folder of overviews, not standard output');
  const outdir = resolve(ctx.cwd, output);
  // A file in the way would otherwise fail every write, after all the work.
  checkFolderPath(outdir, output);
  if (o.mergeIndex) {
    const dirs = args.map((a) => ({ path: resolve(ctx.cwd, a), shown: a }));
    const r = await mergeIndex(dirs, outdir, Boolean(o.force));
    if (!o.quiet) ctx.stdout.write(`${output}/index.md: ${r.meetings} meetings from ${r.shards} shards, ${r.failures} failed\n`);
    return r.failures > 0 ? 1 : 0;
  }
  if (args.length !== 1) throw new UsageError(`expected one INPUT (a folder, .zip, .tar or .tar.gz), got ${args.length}; use --merge-index to combine OUTDIRs`);
  const shownInput = args[0]!;
  const input = resolve(ctx.cwd, shownInput);
  const jobs = parseJobs(o.jobs);
  const shard = str(o.shard) === undefined ? undefined : parseShard(str(o.shard)!);
  const [realIn, realOut] = [real(input), real(outdir)];
  if (realOut === realIn || realOut.startsWith(`${realIn}${sep}`)) throw new UsageError(`--output: ${output} is inside INPUT ${shownInput}; choose a folder outside it`);

  const reader = await openInput(input, shownInput, internals.limits ?? DEFAULT_LIMITS);
  const entries = await reader.list();
  const config = await loadInputConfig(reader, entries, shownInput);
  const c = config.options;
  // Command-line flags win over the config in INPUT, which wins over the defaults.
  const tz = str(o.tz) ?? c.tz ?? 'Europe/London';
  if (!IANAZone.isValidZone(tz)) throw new UsageError(`--tz: unknown time zone "${tz}"; expected an IANA name such as Europe/London`);
  const rulesFile = str(o.rules);
  const templateFile = str(o.template);
  const format = str(o.format) ?? c.format;
  const platform = str(o.platform) ?? c.platform;
  const template = templateFile ? await readText(ctx, templateFile) : (c.template ?? readBundled('overview.md'));
  // Refused once, up front, rather than as the same failure for every export.
  if (templateFile) checkTemplate(template, templateFile);
  const job: ExportJob = {
    rules: rulesFile ? parseRules(await readText(ctx, rulesFile), rulesFile) : (c.rules ?? defaultRules()),
    noise: defaultNoise(),
    template,
    timeZone: tz,
    includeDirect: flag(o.includeDirect) ?? c.includeDirect ?? false,
    attribute: flag(o.attribute) ?? c.attribute ?? false,
    keepContacts: flag(o.keepContacts) ?? c.keepContacts ?? false,
    byChannel: flag(o.byChannel) ?? c.byChannel ?? false,
    ...(format ? { format } : {}),
    ...(platform ? { platform } : {}),
  };
  const v = version();
  const report = await runBatch({
    reader,
    entries,
    configEntries: config.used,
    outdir,
    job,
    optionsHash: sha256(stableJson({ chatnotes: v, job })),
    version: v,
    jobs,
    ...(shard ? { shard } : {}),
    force: Boolean(o.force),
    progress: pickProgress(ctx.stderr, Boolean(o.quiet)),
  });
  ctx.stdout.write(o.json ? `${JSON.stringify({ input: shownInput, output, ...report, outdir: undefined }, null, 2)}\n` : formatReport(report, output, Boolean(o.quiet)));
  return report.counts.failed > 0 ? 1 : 0;
}
