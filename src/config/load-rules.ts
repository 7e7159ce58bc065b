import { loadStructured } from './load-structured.js';
import { noiseSchema } from './noise-schema.js';
import { rulesSchema, type Rules } from './rules-schema.js';
import type { NoiseData } from '../summarise/noise.js';

/** Validates a rules file's text; errors name the file and the path inside it. */
export const parseRules = (text: string, file: string): Rules => loadStructured(text, file, rulesSchema);

/** Validates noise data (used to check the bundled file). */
export const parseNoise = (text: string, file: string): NoiseData => loadStructured(text, file, noiseSchema);
