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
  /** A section set per channel (Slack), where the export holds several; else they merge. */
  byChannel?: boolean;
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
  const authors = new Set(chat.messages.flatMap((m) => (m.author ? [m.author] : [])));
  const nameWords = new Set([...authors].flatMap((a) => a.toLowerCase().split(nonNameChars(a))).filter((w) => w.length > 1));
  const redactName = options.attribute ? (t: string) => t : nameRedactor(authors);
  const context: BodyContext = {
    options,
    nameWords,
    lexicon: buildLexicon(options.noise, options.rules.noise),
    themes: compileThemes(options.rules.themes),
    redact: (t: string) => redactName(options.keepContacts ? t : redactContacts(t)),
  };
  const groups = options.byChannel ? byChannel(chat.messages) : undefined;
  const body = groups === undefined
    ? summariseMessages(chat.messages, context)
    : joinBodies(groups.map(([channel, messages]) => ({ channel, ...summariseMessages(messages, context) })));

  const file = chat.messages[0]?.file;
  const warnings = [...chat.warnings];
  const warn = (message: string) => {
    if (file !== undefined) warnings.push({ file, severity: 'warning', message });
  };
  const times = meetingTimes(chat, { timeZone: options.timeZone, ...pick(options, ['date', 'start', 'end']) }, warn);
  const platform = options.platform ?? chat.platform;
  if (!times.date) warn('no meeting date in the export or its name; pass --date YYYY-MM-DD for a full date line');
  return {
    title: headingFor(options.title ?? chat.title),
    ...times,
    timeZone: options.timeZone,
    ...(platform ? { platform } : {}),
    format: chat.format,
    sections: body.sections,
    links: collectLinks(body.shared),
    accounting: body.accounting,
    warnings,
  };
}

interface BodyContext {
  options: SummariseOptions;
  /** Every author's name words in the whole chat: noise rules and redaction see them all, whichever messages are summarised. */
  nameWords: Set<string>;
  lexicon: ReturnType<typeof buildLexicon>;
  themes: ReturnType<typeof compileThemes>;
  redact: (text: string) => string;
}

interface Body {
  sections: OverviewSection[];
  /** Every point, shown or not (a point that is only a link): where the links come from. */
  shared: Array<{ text: string }>;
  accounting: Accounting;
}

const noAccounting = (): Accounting => ({ records: 0, summarised: 0, merged: 0, dropped: { system: 0, reaction: 0, noise: 0, direct: 0 }, noiseReasons: {} });

/** Messages -> points in themed sections (empty ones left out), with the fate of every record. */
function summariseMessages(messages: readonly Message[], c: BodyContext): Body {
  const { options, themes } = c;
  const accounting = noAccounting();
  accounting.records = messages.length;
  const candidates: Array<{ text: string; message: number }> = [];
  messages.forEach((m, i) => {
    const fate = structuralFate(m, Boolean(options.includeDirect));
    const reason = fate ? undefined : noiseReason(m.text, c.lexicon, c.nameWords);
    if (fate) accounting.dropped[fate] += 1;
    else if (reason) {
      accounting.dropped.noise += 1;
      accounting.noiseReasons[reason] = (accounting.noiseReasons[reason] ?? 0) + 1;
    } else {
      const points = splitPoints(m.text);
      for (let k = 0; k < points.length; k++) candidates.push({ text: c.redact(points[k]!), message: i });
    }
  });

  const clusters = clusterTexts(candidates.map((x) => x.text));
  // A message counts as summarised when one of its points leads a cluster, else as merged.
  const leads = new Set(clusters.map((x) => candidates[x.first]!.message));
  const kept = new Set(candidates.map((x) => x.message));
  accounting.summarised = leads.size;
  accounting.merged = kept.size - leads.size;

  const sections: OverviewSection[] = themes.map((t) => ({ title: t.title, ...(t.intro ? { intro: t.intro } : {}), points: [] }));
  const shared: Array<{ text: string }> = [];
  for (const cluster of clusters) {
    const members = cluster.members.map((k) => candidates[k]!);
    const text = candidates[cluster.fullest]!.text;
    const sources = members.map((x) => { const m = messages[x.message]!; return m.line === undefined ? m.file : `${m.file}:${m.line}`; });
    const point = { text, repeats: members.length, sources };
    if (options.attribute) {
      // An author can be a phone number (WhatsApp): contacts stay out unless kept.
      const names = [...new Set(members.flatMap((x) => messages[x.message]!.author ?? []).map((a) => (options.keepContacts ? a : redactContacts(a))))];
      Object.assign(point, { authors: names });
    }
    shared.push(point);
    // A message that is only a link belongs in the links list, not among the points.
    if (hasWords(text)) sections[chooseTheme(text, themes)]!.points.push(point);
  }
  return { sections: sections.filter((s) => s.points.length > 0), shared, accounting };
}

/** Messages by channel, in order of each channel's first message; undefined unless there are two or more. */
function byChannel(messages: readonly Message[]): [string, Message[]][] | undefined {
  const groups = new Map<string, Message[]>();
  for (const m of messages) {
    const key = m.channel ?? '';
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(m);
  }
  return groups.size >= 2 ? [...groups] : undefined;
}

/** One body of channel-named section sets: `#general: Ideas & Suggestions`, and the fates added up. */
function joinBodies(parts: Array<Body & { channel: string }>): Body {
  const accounting = noAccounting();
  for (const { accounting: a } of parts) {
    accounting.records += a.records;
    accounting.summarised += a.summarised;
    accounting.merged += a.merged;
    for (const k of Object.keys(a.dropped) as (keyof Accounting['dropped'])[]) accounting.dropped[k] += a.dropped[k];
    for (const [reason, n] of Object.entries(a.noiseReasons)) accounting.noiseReasons[reason] = (accounting.noiseReasons[reason] ?? 0) + n;
  }
  return {
    sections: parts.flatMap((p) => p.sections.map(({ title, ...rest }) => (p.channel ? { title: `#${p.channel}: ${title}`, channel: p.channel, ...rest } : { title, ...rest }))),
    shared: parts.flatMap((p) => p.shared),
    accounting,
  };
}

const pick = <T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
