/** Runs exports through `processExport`: in this thread for one job, else in a small pool of worker threads. */
import { Worker } from 'node:worker_threads';
import type { ExportJob } from '../summarise/from-export.js';
import { processExport, type ExportOutcome } from './process-export.js';

export interface TaskMessage {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export interface Runner {
  /** Tasks sent and not yet answered. */
  readonly pending: number;
  run(path: string, bytes: Uint8Array): Promise<ExportOutcome>;
  close(): Promise<void>;
}

// Always the tsc build's worker, found from the package root: the sources (under vitest)
// cannot run in a worker, and the bundled CLI in dist/bundle/ has no worker file of its own.
const workerUrl = (): URL => new URL('../../dist/batch/worker.js', import.meta.url);

export function inlineRunner(job: ExportJob): Runner {
  return {
    pending: 0,
    run: (path, bytes) => Promise.resolve(processExport(bytes, path, job)),
    close: () => Promise.resolve(),
  };
}

interface Slot {
  worker: Worker;
  waiting: Map<number, (o: ExportOutcome) => void>;
}

export function workerPool(job: ExportJob, size: number): Runner {
  let nextId = 0;
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl(), { workerData: job }), waiting: new Map() };
    slot.worker.on('message', (m: { id: number; outcome: ExportOutcome }) => {
      slot.waiting.get(m.id)?.(m.outcome);
      slot.waiting.delete(m.id);
    });
    // A crashed worker fails only its own tasks; a fresh one takes its place.
    slot.worker.on('error', (e: Error) => {
      for (const done of slot.waiting.values()) done({ ok: false, kind: 'failed', reason: `internal error in a worker: ${e.message}` });
      slot.waiting.clear();
      slots[slots.indexOf(slot)] = spawn();
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    get pending() {
      return slots.reduce((n, s) => n + s.waiting.size, 0);
    },
    run(path, bytes) {
      const slot = slots.reduce((best, s) => (s.waiting.size < best.waiting.size ? s : best));
      const id = nextId++;
      return new Promise((resolve) => {
        slot.waiting.set(id, resolve);
        slot.worker.postMessage({ id, path, bytes } satisfies TaskMessage);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
