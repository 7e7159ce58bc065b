import { readBundled } from '../io/bundled.js';
import { loadStructured } from './load-structured.js';
import { noiseSchema } from './noise-schema.js';
import { rulesSchema, type Rules } from './rules-schema.js';
import type { NoiseData } from '../summarise/noise.js';

/** Validates a rules file's text; errors name the file and the path inside it. */
export const parseRules = (text: string, file: string): Rules => loadStructured(text, file, rulesSchema);

/** The bundled default rules for general meetings. */
export const defaultRules = (): Rules => parseRules(readBundled('rules.yaml'), 'templates/rules.yaml');

/** The bundled noise phrases. */
export const defaultNoise = (): NoiseData => loadStructured(readBundled('noise.yaml'), 'templates/noise.yaml', noiseSchema);
