/** A pool worker: receives the job once (workerData), then summarises the exports it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportJob } from '../summarise/from-export.js';
import { processExport } from './process-export.js';
import type { TaskMessage } from './pool.js';

const job = workerData as ExportJob;

parentPort?.on('message', (task: TaskMessage) => {
  parentPort?.postMessage({ id: task.id, outcome: processExport(task.bytes, task.path, job) });
});
