import { main } from './main.js';

/** Entry for `bin/chatnotes.js`: wires the real process streams into `main`. */
export const run = (): Promise<number> =>
  main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdin: process.stdin,
  });
