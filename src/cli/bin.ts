import { setFlagsFromString } from 'node:v8';
import { errnoReason } from '../io/errno.js';
import { main } from './main.js';

export { main };

/**
 * A process stream set up on first use: Node builds stderr and stdin (a socket, a tty or
 * a file stream, with their modules) when they are first touched, and most runs never
 * write to stderr or read stdin.
 */
const lazy = (get: () => NodeJS.WriteStream): NodeJS.WriteStream =>
  new Proxy({} as NodeJS.WriteStream, {
    get: (_, key) => {
      const stream = get();
      const value: unknown = Reflect.get(stream, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(stream) : value;
    },
    has: (_, key) => Reflect.has(get(), key),
  });

/**
 * A failed write to stdout (`> /dev/full`) is one line and exit code 2, like any
 * failed write, not an uncaught stack. `chatnotes summarise chat.txt | head` closes
 * the pipe early: that EPIPE is not an error. Returns whether stdout has failed.
 */
const watchStdout = (): (() => boolean) => {
  let failed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || failed) return;
    failed = true;
    process.stderr.write(`chatnotes: cannot write to standard output: ${errnoReason(error)}\n`);
    // The error may come after main has returned and its code has been set.
    process.exitCode = 2;
  });
  return () => failed;
};

/** Entry for `bin/chatnotes.js`: wires the real process streams into `main`. */
export const run = async (): Promise<number> => {
  const stdoutFailed = watchStdout();
  const code = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: lazy(() => process.stderr),
    env: process.env,
    stdin: () => process.stdin,
    // A short run is over before TurboFan's work pays: on a 2-core machine its background
    // compiles slow the main thread (a 1,000-message Teams chat: 349 -> 312 ms). Set only
    // here, in the CLI's own process, after the bundles have loaded with their code cache.
    // Without regexp tier-up, a pattern compiles once on first use instead of being
    // interpreted first and compiled on its second (about 2.5% of that run's instructions).
    shortRun: () => setFlagsFromString('--no-opt --no-regexp-tier-up'),
  });
  return stdoutFailed() ? 2 : code;
};
