/** A `chatnotes.config.json` / `.yaml` at the top of INPUT: its `summarise` key applies to every export. */
import { posix } from 'node:path';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { summariseConfigSchema } from '../config/summarise-config.js';
import { parseRules } from '../config/load-rules.js';
import { loadStructured } from '../config/load-structured.js';
import type { Rules } from '../config/rules-schema.js';
import { ConfigError } from '../errors.js';
import { checkTemplate } from '../render/check-template.js';
import type { EntryInfo, InputReader } from './reader.js';

export const INPUT_CONFIG_NAMES = ['chatnotes.config.json', 'chatnotes.config.yaml', 'chatnotes.config.yml'];

// Loose at the top: the same file carries other commands' keys (lint's `rules`).
export const inputConfigSchema = z.looseObject({ summarise: summariseConfigSchema.optional() });

export type SummariseConfig = Omit<z.infer<typeof summariseConfigSchema>, 'rules' | 'template'> & { rules?: Rules; template?: string };

export interface InputConfig {
  /** The config file's path inside INPUT, if there is one. */
  file?: string;
  options: SummariseConfig;
  /** Entries that are configuration, not exports. */
  used: Set<string>;
}

/** The config entry at the top of INPUT, or under its one top folder (how most zips are made). */
export function findConfigEntry(entries: readonly EntryInfo[]): string | undefined {
  const ok = entries.filter((e) => !e.problem).map((e) => e.path);
  const top = new Set(ok.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : '')));
  const prefixes = top.size === 1 && !top.has('') ? ['', `${[...top][0]}/`] : [''];
  for (const prefix of prefixes) for (const name of INPUT_CONFIG_NAMES) if (ok.includes(`${prefix}${name}`)) return `${prefix}${name}`;
  return undefined;
}

async function readText(reader: InputReader, path: string): Promise<string | undefined> {
  let text: string | undefined;
  await reader.read(new Set([path]), (_p, r) => {
    if ('bytes' in r) text = r.bytes.toString('utf8').replace(/^\uFEFF/, '');
  });
  return text;
}

/** Reads the config and the rules and template it names, all from inside INPUT. */
export async function loadInputConfig(reader: InputReader, entries: readonly EntryInfo[], shown: string): Promise<InputConfig> {
  const file = findConfigEntry(entries);
  if (file === undefined) return { options: {}, used: new Set() };
  const label = `${shown}/${file}`;
  const text = await readText(reader, file);
  if (text === undefined) throw new ConfigError(label, '', 'cannot read');
  const { summarise = {} } = loadStructured(text, label, inputConfigSchema, { json: /\.json$/i.test(file) });
  // Checked here, where the file is known: later it would be blamed on --tz.
  if (summarise.tz !== undefined && !IANAZone.isValidZone(summarise.tz)) {
    throw new ConfigError(label, 'summarise.tz', `"${summarise.tz}" is not a time zone; expected an IANA name such as Europe/London`);
  }
  const used = new Set([file]);
  const { rules: rulesPath, template: templatePath, ...rest } = summarise;
  const options: SummariseConfig = rest;
  const resolveInside = async (key: 'rules' | 'template', rel: string): Promise<{ path: string; text: string }> => {
    const path = posix.normalize(posix.join(posix.dirname(file), rel.replace(/\\/g, '/')));
    if (path.startsWith('../') || path === '..' || posix.isAbsolute(rel)) throw new ConfigError(label, `summarise.${key}`, `expected a file inside INPUT, got "${rel}"`);
    const body = entries.some((e) => e.path === path && !e.problem) ? await readText(reader, path) : undefined;
    if (body === undefined) throw new ConfigError(label, `summarise.${key}`, `no such file in INPUT: ${path}`);
    used.add(path);
    return { path, text: body };
  };
  if (rulesPath !== undefined) {
    const r = await resolveInside('rules', rulesPath);
    options.rules = parseRules(r.text, `${shown}/${r.path}`);
  }
  if (templatePath !== undefined) {
    const t = await resolveInside('template', templatePath);
    checkTemplate(t.text, `${shown}/${t.path}`);
    options.template = t.text;
  }
  return { file, options, used };
}
