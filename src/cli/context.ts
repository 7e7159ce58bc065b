/** The I/O a command is given: nothing reaches for process globals directly. */

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliContext {
  cwd: string;
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  /** Reads all of standard input (for `-`). */
  readStdin: () => Promise<Buffer>;
  now: () => Date;
  /** Colour is on only for a terminal and never with NO_COLOR. */
  colour: boolean;
  /**
   * Told by a command that its input is small, so the run will be over in a fraction
   * of a second; the owner of the process may tune the JS engine for that (bin.ts).
   */
  shortRun?: () => void;
}

export interface MainParams {
  argv: string[];
  cwd?: string;
  stdout?: OutStream;
  stderr?: OutStream;
  env?: Record<string, string | undefined>;
  /** A function is called only when standard input is read (`-`). */
  stdin?: NodeJS.ReadableStream | Buffer | string | (() => NodeJS.ReadableStream);
  now?: () => Date;
  /** See CliContext.shortRun; only the real process passes one. */
  shortRun?: () => void;
}

export type CommandOptions = Record<string, unknown>;

/** What a lazily loaded command module exports. */
export interface CommandModule {
  run(args: string[], options: CommandOptions, ctx: CliContext): Promise<number>;
}

export interface OptionSpec {
  flags: string;
  description: string;
  defaultValue?: string | boolean | string[];
  choices?: readonly string[];
  /** Repeatable options collect into an array. */
  repeatable?: boolean;
}

/** A command's declaration: its help comes from here, its code is loaded only when it runs. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** commander argument syntax, e.g. `<input>` or `<files...>`. */
  args: string[];
  options: OptionSpec[];
  examples: string[];
  load: () => Promise<CommandModule>;
}
