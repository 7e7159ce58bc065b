/** `chatnotes dates`: wires the options to src/dates/ and does the file I/O. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { readInputFile } from '../io/read.js';
import { checkOutputPath, writeFileAtomic } from '../io/write.js';
import { parseTimeRange } from '../dates/clock.js';
import { renderBlock, sessionsJson, sessionText, type TextOptions } from '../dates/format.js';
import { anySkip, explicitSkips, isHolidayRegion, loadHolidays } from '../dates/holidays.js';
import { renderIcs } from '../dates/ics.js';
import { civilDateIn, parseDateOption, parseSkipDates } from '../dates/parse-start.js';
import { compareDates, generateSeries, isoDate, parseEvery, type Limit, type Recurrence } from '../dates/series.js';
import { formatSessionDate, type CivilDate } from '../dates/session-date.js';
import { checkTimes, checkZone, toSessions, type Session } from '../dates/sessions.js';
import { updateBlock } from '../dates/update-block.js';
import type { CliContext, CommandOptions } from './context.js';
import { pathOption, refuseReadFiles } from './output-path.js';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const exactlyOne = (options: CommandOptions, a: string, b: string): void => {
  const given = [a, b].filter((k) => options[k] !== undefined);
  if (given.length !== 1) {
    const flag = (k: string): string => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(`give exactly one of ${flag(a)} and ${flag(b)}${given.length === 2 ? ', not both' : ''}`);
  }
};

const parseCount = (text: string): number => {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`--count ${text}: expected a whole number of sessions, 1 or more`);
  return Number(text);
};

const recurrenceOf = (options: CommandOptions): Recurrence => {
  const every = str(options.every);
  return every !== undefined ? parseEvery(every) : { kind: 'rrule', rule: str(options.rrule)! };
};

export async function run(_args: string[], options: CommandOptions, ctx: CliContext): Promise<number> {
  const zone = checkZone(str(options.tz) ?? 'Europe/London');
  exactlyOne(options, 'every', 'rrule');
  exactlyOne(options, 'count', 'until');
  const startText = str(options.start);
  if (startText === undefined) throw new UsageError('--start is required, e.g. --start 2026-06-26');
  const timeText = str(options.time);
  if (timeText === undefined) throw new UsageError('--time is required, e.g. --time 14:00-16:00');
  const times = parseTimeRange(timeText);
  if (!times) throw new UsageError(`--time ${timeText}: expected a start and an end such as 14:00-16:00 or 2pm-4pm`);
  checkTimes(times.start, times.end, timeText);
  const recurrence = recurrenceOf(options);
  if (recurrence.kind === 'rrule') (await import('../dates/rrule.js')).parseRrule(recurrence.rule);

  const today = civilDateIn(ctx.now(), zone);
  const fromText = str(options.from);
  const reference = fromText === undefined ? today : await parseDateOption(fromText, today, '--from');
  const start = await parseDateOption(startText, reference, '--start');
  let limit: Limit;
  const untilText = str(options.until);
  if (untilText !== undefined) {
    const until = await parseDateOption(untilText, reference, '--until');
    if (compareDates(until, start) < 0) throw new UsageError(`--until ${untilText}: ${isoDate(until)} is before --start ${isoDate(start)}`);
    limit = { until };
  } else {
    limit = { count: parseCount(str(options.count)!) };
  }

  const region = str(options.skipHolidays);
  if (region !== undefined && !isHolidayRegion(region)) throw new UsageError(`--skip-holidays ${region}: expected england-and-wales, scotland or northern-ireland`);
  const skipValues = Array.isArray(options.skip) ? (options.skip as string[]) : str(options.skip) === undefined ? [] : [str(options.skip)!];
  const skip = anySkip(region === undefined ? undefined : await loadHolidays(region), skipValues.length ? explicitSkips(parseSkipDates(skipValues)) : undefined);

  const series = await generateSeries({ start, recurrence, limit, skip });
  const day = (d: CivilDate): string => formatSessionDate(d);
  for (const s of series.skipped) ctx.stderr.write(`chatnotes: skipped ${day(s.date)}: ${s.reason}\n`);
  if (series.dates.length === 0) throw new UsageError(`no sessions from ${isoDate(start)} to ${untilText === undefined ? 'the end' : untilText} with this recurrence`);

  const sessions = toSessions(series.dates, times.start, times.end, zone, (m) => ctx.stderr.write(`chatnotes: ${m}\n`));
  const textOptions: TextOptions = { clock: str(options.clock) === '24' ? 24 : 12 };
  const format = str(options.format);
  if (format !== undefined) textOptions.format = format;
  const texts = sessions.map((s) => sessionText(s, textOptions));
  const heading = str(options.heading);
  const intro = str(options.intro);

  const { ics, update } = outputFiles(options, ctx);
  if (ics !== undefined) await writeIcs(ics, sessions, isoDate(start), options, ctx);
  if (update !== undefined) await writeUpdate(update, texts, heading, intro, ctx);

  if (options.json === true) ctx.stdout.write(`${JSON.stringify(sessionsJson(sessions, textOptions), null, 2)}\n`);
  else if (update === undefined) ctx.stdout.write(renderBlock(texts, { ...optional('heading', heading), ...optional('intro', intro) }));
  return 0;
}

/**
 * The files dates writes, refused before any is written: the calendar may not
 * replace the overview being updated (--force or not), and a read-only overview
 * is refused before the calendar is written.
 */
function outputFiles(options: CommandOptions, ctx: CliContext): { ics: string | undefined; update: string | undefined } {
  const ics = pathOption('--ics', str(options.ics));
  const update = pathOption('--update', str(options.update));
  if (ics !== undefined) {
    if (update !== undefined) refuseReadFiles('--ics', ics, ctx.cwd, [{ what: 'the --update file', file: update }]);
    checkOutputPath(resolve(ctx.cwd, ics), { force: options.force === true, displayName: ics });
  }
  // A missing overview is left for the read to report as unreadable input.
  if (update !== undefined && existsSync(resolve(ctx.cwd, update))) checkOutputPath(resolve(ctx.cwd, update), { force: true, displayName: update });
  return { ics, update };
}

const describe = {
  markers: 'replaced the sessions between the chatnotes:dates markers',
  'dates-list': 'replaced the list of session dates',
  heading: 'replaced the list under the future sessions heading',
  appended: 'added a Future sessions section at the end',
} as const;

const optional = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };

async function writeIcs(file: string, sessions: Session[], start: string, options: CommandOptions, ctx: CliContext): Promise<void> {
  // The time is left out of the key, so moving the sessions to 3pm updates the same events.
  const seriesKey = [start, str(options.every) ?? str(options.rrule), str(options.tz), str(options.title) ?? ''].join('|');
  const calendar = renderIcs(sessions, {
    seriesKey,
    now: ctx.now(),
    ...optional('title', str(options.title)),
    ...optional('location', str(options.location)),
    ...optional('url', str(options.url)),
  });
  await writeFileAtomic(resolve(ctx.cwd, file), calendar, { force: options.force === true, displayName: file });
  ctx.stderr.write(`chatnotes: wrote ${sessions.length} events to ${file}\n`);
}

async function writeUpdate(file: string, texts: string[], heading: string | undefined, intro: string | undefined, ctx: CliContext): Promise<void> {
  const source = (await readInputFile(ctx.cwd, file)).toString('utf8');
  const result = updateBlock(source, { texts, file, ...optional('heading', heading), ...optional('intro', intro) });
  if (result.text === source) {
    ctx.stderr.write(`chatnotes: ${file}: the sessions are already up to date\n`);
  } else {
    // Updating in place is the point of --update, so it needs no --force.
    await writeFileAtomic(resolve(ctx.cwd, file), result.text, { force: true, displayName: file });
    ctx.stderr.write(`chatnotes: ${file}:${result.line}: ${describe[result.action]}\n`);
  }
  const unusedHeading = heading !== undefined && result.action !== 'appended';
  const unusedIntro = intro !== undefined && (result.action === 'dates-list' || result.action === 'heading');
  if (unusedHeading || unusedIntro) {
    ctx.stderr.write(`chatnotes: ${file}: ${unusedHeading ? '--heading' : '--intro'} not used: a heading is added only with a new section, an intro only there or between markers\n`);
  }
}
