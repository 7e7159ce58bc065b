import { readBundled } from '../../src/io/bundled.js';

export { chatnotesPreset, defaultNoise, defaultRules, lintText } from '../../src/index.js';
/** The bundled default template. */
export const defaultTemplate = (): string => readBundled('overview.md');
