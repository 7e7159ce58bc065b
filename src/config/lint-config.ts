/** The `chatnotes.config.json` / `.yaml` file: lint rule levels, validated with zod, found upward from a file. */
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ruleById } from '../lint/rules/index.js';
import type { RuleLevels } from '../lint/types.js';
import { loadStructured } from './load-structured.js';
import { summariseConfigSchema } from './summarise-config.js';

export const CONFIG_NAMES = ['chatnotes.config.json', 'chatnotes.config.yaml', 'chatnotes.config.yml'] as const;

export const LEVELS = ['off', 'warn', 'error'] as const;

export const levelSchema = z.enum(LEVELS, { error: `expected one of ${LEVELS.join(', ')}` });

export const lintConfigSchema = z.strictObject({
  /** Editors may point at a JSON schema; ignored. */
  $schema: z.string().optional(),
  /** Rule id to `off`, `warn` or `error`. Default: every rule at its own default severity. */
  rules: z
    .record(z.string(), levelSchema)
    .superRefine((rules, ctx) => {
      for (const id of Object.keys(rules)) {
        if (!ruleById.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule, expected one of ${[...ruleById.keys()].join(', ')}` });
      }
    })
    .default({}),
  /** Options for `chatnotes batch` (see summarise-config.ts); one file serves every command. */
  summarise: summariseConfigSchema.optional(),
});

export type LintConfig = z.infer<typeof lintConfigSchema>;

/** Validates config text (JSON is YAML); errors are ConfigErrors naming the file and the path inside it. */
export function parseLintConfig(text: string, file: string): LintConfig {
  return loadStructured(text, file, lintConfigSchema);
}

/** The nearest config file in `dir` or above it; `exists` is the one file-system question asked. */
export function findConfigFile(dir: string, exists: (path: string) => boolean): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (exists(candidate)) return candidate;
    }
    if (dirname(current) === current) return undefined;
  }
}

/** Config levels overridden by `--rule` levels (the command line wins). */
export const mergeLevels = (config: RuleLevels, cli: RuleLevels): RuleLevels => ({ ...config, ...cli });
