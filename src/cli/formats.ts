/** `chatnotes formats`: every parser's id and description, in detection order. */
import { parsers } from '../ingest/parsers/index.js';
import type { CliContext, CommandOptions } from './context.js';

export async function run(_args: string[], options: CommandOptions, ctx: CliContext): Promise<number> {
  if (options.json) {
    const list = parsers.map((p) => ({ id: p.format, platform: p.platform, description: p.description }));
    ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  // Ids padded to one column so the descriptions line up.
  const width = Math.max(...parsers.map((p) => p.format.length));
  for (const p of parsers) ctx.stdout.write(`${p.format.padEnd(width)}  ${p.description}\n`);
  return 0;
}
