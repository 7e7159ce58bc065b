/** The batch run: read each export in INPUT, summarise what changed, write overviews, index and manifest. */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import type { ExportJob } from '../summarise/from-export.js';
import { classify, type Unit } from './classify.js';
import { renderIndex } from './index-page.js';
import { INDEX_NAME, MANIFEST_NAME, parseManifest, serialiseManifest, sha256, type Manifest } from './manifest.js';
import { ownedFiles, planOutputs, type Done } from './outputs.js';
import { inlineRunner, workerPool } from './pool.js';
import type { Progress } from './progress.js';
import { collector } from './bundle.js';
import type { EntryInfo, EntryResult, InputReader } from './reader.js';
import { formatShard, inShard, type Shard } from './shard.js';

export type Outcome = 'written' | 'unchanged' | 'failed' | 'skipped';

export interface ItemReport {
  path: string;
  outcome: Outcome;
  output?: string;
  reason?: string;
  format?: string;
  /** How many warnings summarising gave, and the first of them (written exports only). */
  warnings?: { count: number; first: string[] };
}

export interface BatchReport {
  outdir: string;
  shard?: string;
  items: ItemReport[];
  stale: Array<{ path: string; output: string }>;
  counts: Record<Outcome | 'stale' | 'entries', number>;
}

export interface BatchRun {
  reader: InputReader;
  entries: readonly EntryInfo[];
  /** Entries that are configuration, not exports. */
  configEntries: ReadonlySet<string>;
  outdir: string;
  job: ExportJob;
  optionsHash: string;
  version: string;
  jobs: number;
  shard?: Shard;
  force: boolean;
  progress: Progress;
}

async function readManifest(outdir: string): Promise<Manifest | undefined> {
  const file = join(outdir, MANIFEST_NAME);
  if (!existsSync(file)) return undefined;
  return parseManifest(await readFile(file, 'utf8'), file);
}

export async function runBatch(run: BatchRun): Promise<BatchReport> {
  const units: Unit[] = classify(run.entries, run.configEntries).filter((u) => inShard(u.path, run.shard));
  const prior = await readManifest(run.outdir);
  const reusable = prior && !run.force && prior.optionsHash === run.optionsHash ? prior : undefined;
  const items = new Map<string, ItemReport>();
  const done: Done[] = [];
  run.progress.start(units.length);
  for (const u of units) if (u.kind === 'skipped' || u.kind === 'failed') items.set(u.path, { path: u.path, outcome: u.kind, reason: u.reason }), run.progress.tick(u.path, u.kind);

  const bundles = new Map(units.flatMap((u) => {
    if (u.kind !== 'bundle') return [];
    const c = collector(u);
    return u.members.map((m) => [m, c] as const);
  }));
  const wanted = new Set(units.flatMap((u) => (u.kind === 'export' ? [u.path] : u.kind === 'bundle' ? u.members : [])));
  const runner = run.jobs > 1 ? workerPool(run.job, run.jobs) : inlineRunner(run.job);
  const inFlight = new Set<Promise<void>>();
  const finish = (path: string, item: ItemReport) => (items.set(path, item), run.progress.tick(path, item.outcome === 'failed' || item.outcome === 'skipped' ? `${item.outcome}: ${item.reason}` : item.outcome === 'written' ? okWithWarnings(item) : item.outcome));
  try {
    const onExport = async (path: string, result: EntryResult): Promise<void> => {
      if ('error' in result) return finish(path, { path, outcome: 'failed', reason: result.error });
      const hash = sha256(result.bytes);
      const before = reusable?.exports[path];
      if (before && !before.stale && before.hash === hash && existsSync(join(run.outdir, before.output))) {
        done.push({ path, hash, facts: before.facts });
        return finish(path, { path, outcome: 'unchanged', format: before.facts.format });
      }
      // Keep a bounded number of exports in memory: wait while every worker has two queued.
      while (inFlight.size >= Math.max(2, run.jobs * 2)) await Promise.race(inFlight);
      const task = runner.run(path, result.bytes).then((o) => {
        if (o.ok) {
          done.push({ path, hash, facts: o.facts, markdown: o.markdown });
          const warnings = o.facts.warnings > 0 ? { warnings: { count: o.facts.warnings, first: o.warnings } } : {};
          finish(path, { path, outcome: 'written', format: o.facts.format, ...warnings });
        } else finish(path, { path, outcome: o.kind, reason: o.reason });
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    };
    await run.reader.read(wanted, async (path, result) => {
      const bundle = bundles.get(path);
      if (!bundle) return onExport(path, result);
      // A bundle goes on as one export once all its files are in.
      const whole = bundle.add(path, result);
      if (whole) await onExport(bundle.unit.path, whole);
    });
    await Promise.all(inFlight);
  } finally {
    await runner.close();
    run.progress.stop();
  }
  for (const u of units) if ((u.kind === 'export' || u.kind === 'bundle') && !items.has(u.path)) finish(u.path, { path: u.path, outcome: 'failed', reason: 'could not be read from INPUT' });

  const plan = planOutputs(done, prior, new Set(units.map((u) => u.path)));
  await writeOutputs(run, prior, done, plan);
  const failures = [...items.values()].filter((i) => i.outcome === 'failed').map((i) => ({ path: i.path, reason: i.reason ?? '' }));
  const manifest: Manifest = {
    version: 1,
    chatnotes: run.version,
    optionsHash: run.optionsHash,
    ...(run.shard ? { shard: formatShard(run.shard) } : {}),
    exports: plan.exports,
    failures,
  };
  const rows = done.map((d) => ({ href: plan.names.get(d.path)!, facts: d.facts }));
  const skipped = [...items.values()].filter((i) => i.outcome === 'skipped').length;
  await writeFileAtomic(join(run.outdir, INDEX_NAME), renderIndex(rows, failures, skipped), { force: true });
  await writeFileAtomic(join(run.outdir, MANIFEST_NAME), serialiseManifest(manifest), { force: true });

  const list = [...items.values()].map((i) => (plan.names.has(i.path) ? { ...i, output: plan.names.get(i.path)! } : i)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const count = (o: Outcome) => list.filter((i) => i.outcome === o).length;
  return {
    outdir: run.outdir,
    ...(run.shard ? { shard: formatShard(run.shard) } : {}),
    items: list,
    stale: plan.stale,
    counts: { entries: units.length, written: count('written'), unchanged: count('unchanged'), failed: count('failed'), skipped: count('skipped'), stale: plan.stale.length },
  };
}

const WRITE_LANES = 8;

/** Runs `task` over `items`, at most `limit` at a time. */
async function forEachLimit<T>(items: Iterable<T>, limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const next = items[Symbol.iterator]();
  const lane = async (): Promise<void> => {
    for (let item = next.next(); !item.done; item = next.next()) await task(item.value);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

/** Refuses to replace files batch did not write (unless --force), then writes every new or moved overview. */
async function writeOutputs(run: BatchRun, prior: Manifest | undefined, done: readonly Done[], plan: ReturnType<typeof planOutputs>): Promise<void> {
  const owned = ownedFiles(prior);
  const targets = [...new Set([...plan.names.values(), INDEX_NAME, MANIFEST_NAME])];
  const foreign = run.force ? [] : targets.filter((name) => name !== MANIFEST_NAME && !owned.has(name) && existsSync(join(run.outdir, name)));
  if (foreign.length > 0) {
    throw new OutputError(`${join(run.outdir, foreign[0]!)}: already exists and was not written by chatnotes batch${foreign.length > 1 ? ` (and ${foreign.length - 1} more)` : ''}; use --force to replace`);
  }
  // An unchanged export whose name moved (a new meeting took its slot) is copied from its old file before anything is written.
  const contents = new Map<string, string>();
  for (const d of done) {
    const name = plan.names.get(d.path)!;
    const before = prior?.exports[d.path]?.output;
    if (d.markdown !== undefined) contents.set(name, d.markdown);
    else if (before !== undefined && before !== name) contents.set(name, await readFile(join(run.outdir, before), 'utf8'));
  }
  // Many small files: their writes overlap in libuv's thread pool instead of waiting on each other.
  await forEachLimit(contents, WRITE_LANES, ([name, text]) => writeFileAtomic(join(run.outdir, name), text, { force: true }));
  const current = new Set(plan.names.values());
  const kept = new Set(Object.values(plan.exports).map((e) => e.output));
  for (const d of done) {
    const before = prior?.exports[d.path]?.output;
    if (before !== undefined && !current.has(before) && !kept.has(before)) await rm(join(run.outdir, before), { force: true });
  }
}

/** `ok`, or `ok, 2 warnings`: the report lists what they say. */
const okWithWarnings = (item: ItemReport): string => {
  const n = item.warnings?.count ?? 0;
  return n === 0 ? 'ok' : `ok, ${n} ${n === 1 ? 'warning' : 'warnings'}`;
};
