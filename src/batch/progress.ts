/** Progress on stderr: a bar on a terminal, one line per export otherwise, nothing with --quiet. */
import cliProgress from 'cli-progress';
import type { OutStream } from '../cli/context.js';

export interface Progress {
  start(total: number): void;
  tick(path: string, outcome: string): void;
  stop(): void;
}

export const silentProgress: Progress = { start: () => {}, tick: () => {}, stop: () => {} };

export function plainProgress(stream: OutStream): Progress {
  let total = 0;
  let done = 0;
  return {
    start: (n) => void (total = n),
    tick: (path, outcome) => void stream.write(`[${++done}/${total}] ${path} ${outcome}\n`),
    stop: () => {},
  };
}

export function barProgress(stream: OutStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: '{bar} {value}/{total} | ETA {eta_formatted} | {file}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (n) => bar.start(n, 0, { file: '' }),
    tick: (path) => bar.increment(1, { file: path.length > 50 ? `…${path.slice(-49)}` : path }),
    stop: () => bar.stop(),
  };
}

export const pickProgress = (stream: OutStream, quiet: boolean): Progress =>
  quiet ? silentProgress : stream.isTTY ? barProgress(stream) : plainProgress(stream);
