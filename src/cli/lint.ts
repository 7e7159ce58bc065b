/** `chatnotes lint FILE...`: read, configure, lint (or fix), report; exit 1 only for error findings. */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findConfigFile, LEVELS, parseLintConfig } from '../config/lint-config.js';
import { InputError, UsageError } from '../errors.js';
import { readInputFile } from '../io/read.js';
import { writeFileAtomic } from '../io/write.js';
import { unifiedDiff } from '../lint/diff.js';
import { fixText } from '../lint/fix.js';
import { lintText, toDiagnostic } from '../lint/lint.js';
import { formatJson } from '../lint/reporters/json.js';
import { formatText } from '../lint/reporters/text.js';
import { ruleById } from '../lint/rules/index.js';
import { encodeOverview, readOverview } from '../lint/source.js';
import type { RuleLevel, RuleLevels } from '../lint/types.js';
import type { Diagnostic } from '../types.js';
import { paint } from './colour.js';
import type { CliContext, CommandOptions } from './context.js';

/** `--rule id=level`, repeatable; unknown ids and levels are usage errors. */
export function parseRuleFlags(values: readonly string[]): RuleLevels {
  const levels: RuleLevels = {};
  for (const value of values) {
    const [id = '', level = ''] = value.split('=').map((part) => part.trim());
    if (!ruleById.has(id)) {
      throw new UsageError(`--rule ${value}: unknown rule "${id}", expected one of ${[...ruleById.keys()].join(', ')}`);
    }
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(`--rule ${value}: unknown level "${level}", expected one of ${LEVELS.join(', ')}`);
    }
    levels[id] = level as RuleLevel;
  }
  return levels;
}

/** Config levels for each folder, read once: the nearest config file upward wins. */
const configLoader = (ctx: CliContext) => {
  const byDir = new Map<string, Promise<RuleLevels>>();
  return (file: string): Promise<RuleLevels> => {
    const dir = dirname(resolve(ctx.cwd, file));
    let levels = byDir.get(dir);
    if (!levels) {
      const found = findConfigFile(dir, existsSync);
      levels = found
        ? readInputFile(ctx.cwd, found).then((bytes) => parseLintConfig(bytes.toString('utf8'), relative(ctx.cwd, found) || found).rules)
        : Promise.resolve({});
      byDir.set(dir, levels);
    }
    return levels;
  };
};

export async function run(files: string[], options: CommandOptions, ctx: CliContext): Promise<number> {
  const fix = options.fix === true;
  const dryRun = options.dryRun === true;
  if (dryRun && !fix) throw new UsageError('--dry-run only makes sense with --fix');
  const cliLevels = parseRuleFlags((options.rule as string[] | undefined) ?? []);
  const configFor = configLoader(ctx);
  // Read everything first: an unreadable file is exit 2 before anything is written.
  const inputs = await Promise.all(files.map(async (file) => ({ file, ...readOverview(await readInputFile(ctx.cwd, file), file) })));

  const diagnostics: Diagnostic[] = [];
  const writes: Array<{ file: string; bytes: Buffer; fixed: number }> = [];
  for (const { file, text, saved } of inputs) {
    const rules = { ...(await configFor(file)), ...cliLevels };
    if (!fix) {
      diagnostics.push(...lintText(text, { file, rules }));
      continue;
    }
    const result = fixText(text, { file, rules });
    diagnostics.push(...result.findings.map(toDiagnostic));
    if (result.text === text) continue;
    if (dryRun) {
      ctx.stdout.write(unifiedDiff(file, text, result.text));
      continue;
    }
    const bytes = encodeOverview(result.text, saved);
    // Like an unreadable file, a file that cannot be written back as it was saved stops the run before any write.
    if (!bytes) throw new InputError(file, `is ${saved.encoding}, not UTF-8; --fix would change its encoding, so it is left as it is (save it as UTF-8 first)`);
    writes.push({ file, bytes, fixed: result.fixed });
  }
  for (const { file, bytes, fixed } of writes) {
    await writeFileAtomic(resolve(ctx.cwd, file), bytes, { force: true, displayName: file });
    ctx.stderr.write(`${file}: fixed ${fixed} problem${fixed === 1 ? '' : 's'}\n`);
  }

  // With --dry-run stdout is the diff alone (for `patch`), so what would remain goes to stderr.
  const out = dryRun ? ctx.stderr : ctx.stdout;
  if (options.format === 'json') out.write(formatJson(diagnostics));
  else out.write(formatText(diagnostics, { paint: (style, text) => paint(ctx.colour, style, text) }));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
