import { readBundled } from '../io/bundled.js';
import type { NoiseData } from '../summarise/noise.js';
import type { Rules } from './rules-schema.js';

// The bundled files are trusted and checked by a test against the schemas, so
// they are read as plain JSON: zod and yaml load only for a user's own files.

/** The default rules for general meetings (templates/rules.json), with defaults filled in. */
export function defaultRules(): Rules {
  const raw = JSON.parse(readBundled('rules.json')) as { themes: Array<Partial<Rules['themes'][number]> & { title: string }>; noise?: string[] };
  return {
    themes: raw.themes.map((t) => ({ title: t.title, ...(t.intro ? { intro: t.intro } : {}), keywords: t.keywords ?? [], fallback: t.fallback ?? false })),
    noise: raw.noise ?? [],
  };
}

/** The bundled noise phrases (templates/noise.json). */
export const defaultNoise = (): NoiseData => JSON.parse(readBundled('noise.json')) as NoiseData;
