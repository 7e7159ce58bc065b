/** `--merge-index`: one index over several shards' OUTDIRs, from their manifests. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { OutputError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import { renderIndex, type IndexFailure, type IndexRow } from './index-page.js';
import { INDEX_NAME, MANIFEST_NAME, parseManifest } from './manifest.js';

export const MERGED_MARK = '<!-- chatnotes batch --merge-index -->';

export interface MergeResult {
  meetings: number;
  failures: number;
  shards: number;
}

/** Reads each OUTDIR's manifest and writes `index.md` into `out`, linking into each OUTDIR. */
export async function mergeIndex(dirs: readonly { path: string; shown: string }[], out: string, force: boolean): Promise<MergeResult> {
  const rows: IndexRow[] = [];
  const failures: IndexFailure[] = [];
  for (const dir of dirs) {
    const file = join(dir.path, MANIFEST_NAME);
    if (!existsSync(file)) throw new UsageError(`--merge-index: ${dir.shown} has no ${MANIFEST_NAME}; expected an OUTDIR written by chatnotes batch`);
    const manifest = parseManifest(await readFile(file, 'utf8'), join(dir.shown, MANIFEST_NAME));
    const prefix = relative(out, dir.path).split(/[\\/]/).filter(Boolean).join('/');
    for (const e of Object.values(manifest.exports)) if (!e.stale) rows.push({ href: prefix ? `${prefix}/${e.output}` : e.output, facts: e.facts });
    failures.push(...manifest.failures);
  }
  const target = join(out, INDEX_NAME);
  if (!force && existsSync(target) && !(await readFile(target, 'utf8')).startsWith(MERGED_MARK) && !existsSync(join(out, MANIFEST_NAME))) {
    throw new OutputError(`${target}: already exists and was not written by chatnotes batch; use --force to replace`);
  }
  await writeFileAtomic(target, `${MERGED_MARK}\n${renderIndex(rows, failures)}`, { force: true });
  return { meetings: rows.length, failures: failures.length, shards: dirs.length };
}
