/** Where each overview goes and what the manifest keeps: pure decisions over the run's results. */
import type { Manifest, ManifestExport } from './manifest.js';
import { assignNames } from './names.js';
import type { OverviewFacts } from './process-export.js';

export interface Done {
  path: string;
  hash: string;
  facts: OverviewFacts;
  /** Present when summarised this run; absent when unchanged. */
  markdown?: string;
}

export interface OutputPlan {
  /** Entry path -> file name in OUTDIR. */
  names: Map<string, string>;
  /** Overviews whose export is gone: kept on disk and in the manifest. */
  stale: Array<{ path: string; output: string }>;
  exports: Record<string, ManifestExport>;
}

/** Names every overview and carries stale entries forward unless their file is now another export's. */
export function planOutputs(done: readonly Done[], prior: Manifest | undefined, seen: ReadonlySet<string>): OutputPlan {
  const names = assignNames(done.map((d) => ({ path: d.path, topic: d.facts.topic, ...(d.facts.date ? { date: d.facts.date } : {}) })));
  const taken = new Set(names.values());
  const exports: Record<string, ManifestExport> = {};
  for (const d of [...done].sort((a, b) => (a.path < b.path ? -1 : 1))) exports[d.path] = { hash: d.hash, output: names.get(d.path)!, facts: d.facts };
  const stale: OutputPlan['stale'] = [];
  for (const [path, e] of Object.entries(prior?.exports ?? {})) {
    if (exports[path] || taken.has(e.output)) continue;
    // An export that now fails keeps its old overview (and ownership of it) but is not called stale.
    if (!seen.has(path)) stale.push({ path, output: e.output });
    exports[path] = { ...e, stale: true };
  }
  return { names, stale: stale.sort((a, b) => (a.path < b.path ? -1 : 1)), exports };
}

/** Files batch may replace without --force: those its manifest says it wrote. */
export const ownedFiles = (prior: Manifest | undefined): Set<string> =>
  new Set(prior ? ['index.md', ...Object.values(prior.exports).map((e) => e.output)] : []);
