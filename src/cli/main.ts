import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { isKnownError } from '../errors.js';
import { paint, wantsColour } from './colour.js';
import type { CliContext, CommandSpec, MainParams } from './context.js';
import { commandSpecs } from './specs/index.js';

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXIT_HELP = `
Exit codes:
  0  success
  1  the command ran and found problems (lint findings, failed batch items)
  2  bad usage or unreadable input (one line on stderr names the file)`;

const toBuffer = async (stdin: MainParams['stdin']): Promise<Buffer> => {
  if (stdin === undefined) return Buffer.alloc(0);
  if (typeof stdin === 'string') return Buffer.from(stdin);
  if (Buffer.isBuffer(stdin)) return stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of typeof stdin === 'function' ? stdin() : stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
};

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const addCommand = (program: Command, spec: CommandSpec, ctx: CliContext, setCode: (code: number) => void): void => {
  const command = program.command(spec.name).description(spec.summary);
  for (const arg of spec.args) command.argument(arg);
  for (const o of spec.options) {
    const option = new Option(o.flags, o.description);
    if (o.choices) option.choices(o.choices);
    if (o.repeatable) option.argParser(collect);
    if (o.defaultValue !== undefined) option.default(o.defaultValue);
    command.addOption(option);
  }
  if (spec.examples.length > 0) {
    command.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}\n${EXIT_HELP}`);
  }
  command.action(async (...params: unknown[]) => {
    // commander passes the positional arguments, then the options object, then the command.
    const cmd = params.at(-1) as Command;
    const options = cmd.opts();
    const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p : p === undefined ? [] : [String(p)]));
    const module = await spec.load();
    setCode(await module.run(args as string[], options, ctx));
  });
};

/** Runs the CLI with the given I/O and resolves to the exit code; never exits the process. */
export async function main(params: MainParams): Promise<number> {
  const stdout = params.stdout ?? { write: () => true };
  const stderr = params.stderr ?? { write: () => true };
  const env = params.env ?? {};
  const ctx: CliContext = {
    cwd: params.cwd ?? process.cwd(),
    stdout,
    stderr,
    env,
    readStdin: () => toBuffer(params.stdin),
    now: params.now ?? (() => new Date()),
    // Asked only when something is painted: looking at a stream's isTTY sets the stream up.
    get colour() {
      const on = wantsColour(stderr, env);
      Object.defineProperty(this, 'colour', { value: on });
      return on;
    },
    ...(params.shortRun ? { shortRun: params.shortRun } : {}),
  };
  let code = 0;
  const program = new Command('chatnotes')
    .description('Turn the raw chat of an online meeting into a clean Markdown overview, offline.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      outputError: (s, write) => write(paint(ctx.colour, 'red', s)),
    })
    .addHelpText('after', `\nExamples:\n  $ chatnotes summarise meeting_saved_chat.txt -o overview.md\n  $ chatnotes lint overview.md --fix\n  $ chatnotes dates --start 2026-06-26 --every 12w --count 4 --time 14:00-16:00\n${EXIT_HELP}`);
  program.showSuggestionAfterError(true);
  for (const spec of commandSpecs) addCommand(program, spec, ctx, (c) => (code = c));

  if (params.argv.length === 0) {
    stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(params.argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return 0;
      return 2;
    }
    if (isKnownError(error)) {
      stderr.write(`${paint(ctx.colour, 'red', 'chatnotes:')} ${error.message}\n`);
      return error.exitCode;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    stderr.write(`chatnotes: internal error, please report it with the command you ran:\n${stack.split(ctx.cwd).join('<cwd>')}\n`);
    return 2;
  }
}
