import { main } from './main.js';

export { main };

/** Entry for `bin/chatnotes.js`: wires the real process streams into `main`. */
export const run = (): Promise<number> => {
  // `chatnotes summarise chat.txt | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdin: process.stdin,
  });
};
