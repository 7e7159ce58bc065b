import type { Diagnostic, Link } from '../types.js';

/** A point as the overview shows it. */
export interface OverviewPoint {
  text: string;
  repeats: number;
  /** `file:line` of every message merged into this point. */
  sources: string[];
  /** Only with `--attribute`. */
  authors?: string[];
}

export interface OverviewSection {
  title: string;
  /** With `--by-channel`: the channel the section's points come from. */
  channel?: string;
  intro?: string;
  points: OverviewPoint[];
}

/** Every record's fate: `records` always equals `summarised + merged + sum(dropped)`. */
export interface Accounting {
  records: number;
  summarised: number;
  merged: number;
  dropped: { system: number; reaction: number; noise: number; direct: number };
  /** Noise broken down by reason (greeting, thanks, av-chatter, ...). */
  noiseReasons: Record<string, number>;
}

/** The result of `summarise`, rendered to Markdown or printed as JSON. */
export interface Overview {
  title: string;
  date?: string;
  start?: string;
  end?: string;
  timeZone: string;
  platform?: string;
  format: string;
  sections: OverviewSection[];
  links: Link[];
  accounting: Accounting;
  warnings: Diagnostic[];
}
