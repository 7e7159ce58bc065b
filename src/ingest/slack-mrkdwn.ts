/** Slack mrkdwn in a message's `text` to plain text: mentions, channels, links and the three HTML escapes. */

export interface SlackNames {
  user(id: string): string | undefined;
  channel(id: string): string | undefined;
}

const special: Record<string, string> = { here: '@here', channel: '@channel', everyone: '@everyone' };

/** One `<…>` token of mrkdwn to its plain form. */
function resolveToken(inner: string, names: SlackNames): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) return `@${names.user(target.slice(1)) ?? label?.replace(/^@/, '') ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? names.channel(target.slice(1)) ?? target.slice(1)}`;
  if (target.startsWith('!')) {
    const word = target.slice(1);
    // `<!subteam^S0123|@team>`, `<!date^1392734382^{date}|Feb 18, 2014>`: the label is what people saw.
    return special[word] ?? label ?? `@${word.split('^')[0]}`;
  }
  const url = target;
  if (label === undefined || label === url) return url.replace(/^mailto:/, '');
  if (url === `mailto:${label}`) return label;
  return `${label} (${url})`;
}

/**
 * Resolves `<@U…>`, `<#C…|name>`, `<!here>` and `<url|label>`, then decodes
 * `&lt; &gt; &amp;`: Slack escapes only these three, and `&amp;` goes last so
 * that a literal `&amp;lt;` stays `&lt;`.
 */
export function resolveMrkdwn(text: string, names: SlackNames): string {
  // Most messages have neither: the four replaces would only scan them.
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<([^<>\n]+)>/g, (_, inner: string) => resolveToken(inner, names))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
