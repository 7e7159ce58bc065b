import type { CommandSpec } from '../context.js';
import { batchSpec } from './batch.js';
import { datesSpec } from './dates.js';
import { formatsSpec } from './formats.js';
import { lintSpec } from './lint.js';
import { summariseSpec } from './summarise.js';

/** Every command, in help order. Specs are light; each command's code loads only when it runs. */
export const commandSpecs: CommandSpec[] = [summariseSpec, lintSpec, datesSpec, batchSpec, formatsSpec];
