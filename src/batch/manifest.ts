/** `OUTDIR/.chatnotes-manifest.json`: what batch wrote, from which content, under which options. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { formatPath } from '../config/load-structured.js';

export const MANIFEST_NAME = '.chatnotes-manifest.json';
export const INDEX_NAME = 'index.md';

const factsSchema = z.object({
  title: z.string(),
  topic: z.string(),
  date: z.string().optional(),
  platform: z.string().optional(),
  format: z.string(),
  points: z.number(),
  links: z.number(),
  warnings: z.number(),
});

const exportSchema = z.object({
  /** sha256 of the export's bytes. */
  hash: z.string(),
  /** File name of its overview inside OUTDIR. */
  output: z.string().regex(/^[a-z0-9][a-z0-9-]*\.md$/),
  facts: factsSchema,
  /** The export is no longer in INPUT; its overview was kept. */
  stale: z.boolean().optional(),
});

export const manifestSchema = z.object({
  version: z.literal(1),
  chatnotes: z.string(),
  /** sha256 of the options, rules, template and chatnotes version. */
  optionsHash: z.string(),
  shard: z.string().optional(),
  exports: z.record(z.string(), exportSchema),
  failures: z.array(z.object({ path: z.string(), reason: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestExport = z.infer<typeof exportSchema>;

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** Parses a manifest's text; a broken one names the file and the path inside it. */
export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(file, '', 'not valid JSON; delete it or run with --force to rebuild OUTDIR');
  }
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(file, formatPath(issue.path), `${issue.message}; delete it or run with --force to rebuild OUTDIR`);
  }
  return result.data;
}

/** Stable JSON: keys sorted at every level, so equal data always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const serialiseManifest = (m: Manifest): string => `${JSON.stringify(m, null, 2)}\n`;
