import type { CommandSpec } from '../context.js';
import { datesSpec } from './dates.js';
import { summariseSpec } from './summarise.js';

/** Every command, in help order. Specs are light; each command's code loads only when it runs. */
export const commandSpecs: CommandSpec[] = [summariseSpec, datesSpec];
