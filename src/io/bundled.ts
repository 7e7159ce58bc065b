import { readFileSync } from 'node:fs';

/** Reads a file shipped in the package's `templates/` folder (source and build alike sit two levels down). */
export const readBundled = (name: string): string =>
  readFileSync(new URL(`../../templates/${name}`, import.meta.url), 'utf8');
