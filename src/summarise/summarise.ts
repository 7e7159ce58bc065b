import type { Rules } from '../config/rules-schema.js';
import { clusterTexts } from '../text/near-duplicate.js';
import { twin } from '../text/charset.js';
import { hasWords } from '../text/tokens.js';
import type { ChatExport, Message } from '../types.js';
import { meetingTimes } from './header.js';
import { collectLinks } from './links.js';
import { buildLexicon, noiseReason, type NoiseData } from './noise.js';
import type { Accounting, Overview, OverviewSection } from './overview.js';
import { splitPoints } from './points.js';
import { nameRedactor, redactContacts } from './redact.js';
import { chooseTheme, compileThemes } from './themes.js';

export interface SummariseOptions {
  rules: Rules;
  noise: NoiseData;
  timeZone: string;
  includeDirect?: boolean;
  attribute?: boolean;
  keepContacts?: boolean;
  title?: string;
  date?: string;
  start?: string;
  end?: string;
  platform?: string;
}

export const DEFAULT_TITLE = 'Meeting Chat Overview';

// What separates the words of a (lowercased) name; the Unicode pattern only for names that need it.
const nonNameChars = twin(/[^a-z'’-]+/, () => /[^\p{L}'’-]+/u);

const headingFor = (title: string | undefined): string =>
  !title ? DEFAULT_TITLE : /overview/i.test(title) ? title : `${title}: ${DEFAULT_TITLE}`;

/** Why a record is left out before any text work, if it is. */
const structuralFate = (m: Message, includeDirect: boolean): 'system' | 'reaction' | 'direct' | undefined =>
  m.kind === 'system' ? 'system' : m.kind === 'reaction' ? 'reaction' : m.to === 'direct' && !includeDirect ? 'direct' : undefined;

/**
 * Chat export -> overview. Order matters: structural drops and noise use the raw
 * text and names; contacts and names are redacted before merging so that two
 * repeats differing only in an address still merge; themes come last, on the
 * fullest wording of each merged point.
 */
export function summarise(chat: ChatExport, options: SummariseOptions): Overview {
  const accounting: Accounting = { records: chat.messages.length, summarised: 0, merged: 0, dropped: { system: 0, reaction: 0, noise: 0, direct: 0 }, noiseReasons: {} };
  const authors = new Set(chat.messages.flatMap((m) => (m.author ? [m.author] : [])));
  const nameWords = new Set([...authors].flatMap((a) => a.toLowerCase().split(nonNameChars(a))).filter((w) => w.length > 1));
  const lexicon = buildLexicon(options.noise, options.rules.noise);
  const redactName = options.attribute ? (t: string) => t : nameRedactor(authors);
  const redact = (t: string) => redactName(options.keepContacts ? t : redactContacts(t));

  const candidates: Array<{ text: string; message: number }> = [];
  chat.messages.forEach((m, i) => {
    const fate = structuralFate(m, Boolean(options.includeDirect));
    const reason = fate ? undefined : noiseReason(m.text, lexicon, nameWords);
    if (fate) accounting.dropped[fate] += 1;
    else if (reason) {
      accounting.dropped.noise += 1;
      accounting.noiseReasons[reason] = (accounting.noiseReasons[reason] ?? 0) + 1;
    } else {
      const points = splitPoints(m.text);
      for (let k = 0; k < points.length; k++) candidates.push({ text: redact(points[k]!), message: i });
    }
  });

  const clusters = clusterTexts(candidates.map((c) => c.text));
  // A message counts as summarised when one of its points leads a cluster, else as merged.
  const leads = new Set(clusters.map((c) => candidates[c.first]!.message));
  const kept = new Set(candidates.map((c) => c.message));
  accounting.summarised = leads.size;
  accounting.merged = kept.size - leads.size;

  const themes = compileThemes(options.rules.themes);
  const sections: OverviewSection[] = themes.map((t) => ({ title: t.title, ...(t.intro ? { intro: t.intro } : {}), points: [] }));
  const shared: Array<{ text: string }> = [];
  for (const cluster of clusters) {
    const members = cluster.members.map((k) => candidates[k]!);
    const text = candidates[cluster.fullest]!.text;
    const sources = members.map((c) => { const m = chat.messages[c.message]!; return m.line === undefined ? m.file : `${m.file}:${m.line}`; });
    const point = { text, repeats: members.length, sources };
    if (options.attribute) {
      // An author can be a phone number (WhatsApp): contacts stay out unless kept.
      const names = [...new Set(members.flatMap((c) => chat.messages[c.message]!.author ?? []).map((a) => (options.keepContacts ? a : redactContacts(a))))];
      Object.assign(point, { authors: names });
    }
    shared.push(point);
    // A message that is only a link belongs in the links list, not among the points.
    if (hasWords(text)) sections[chooseTheme(text, themes)]!.points.push(point);
  }

  const times = meetingTimes(chat, { timeZone: options.timeZone, ...pick(options, ['date', 'start', 'end']) });
  const platform = options.platform ?? chat.platform;
  const file = chat.messages[0]?.file;
  const warnings = times.date || file === undefined
    ? chat.warnings
    : [...chat.warnings, { file, severity: 'warning' as const, message: 'no meeting date in the export or its name; pass --date YYYY-MM-DD for a full date line' }];
  return {
    title: headingFor(options.title ?? chat.title),
    ...times,
    timeZone: options.timeZone,
    ...(platform ? { platform } : {}),
    format: chat.format,
    sections: sections.filter((s) => s.points.length > 0),
    links: collectLinks(shared),
    accounting,
    warnings,
  };
}

const pick = <T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
