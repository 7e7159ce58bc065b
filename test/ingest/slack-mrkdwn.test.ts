import { describe, expect, it } from 'vitest';
import { resolveMrkdwn } from '../../src/ingest/slack-mrkdwn.js';

const users = new Map([['U01ROBIN', 'Robin Hart']]);
const channels = new Map([['C02PEER', 'peer-support']]);
const names = { user: (id: string) => users.get(id), channel: (id: string) => channels.get(id) };
const r = (text: string) => resolveMrkdwn(text, names);

describe('resolveMrkdwn', () => {
  it('resolves mentions by id (the current name beats an old label), channels and specials', () => {
    expect(r('Hi <@U01ROBIN> and <@U01ROBIN|robin.old> and <@U09GONE|casey>')).toBe('Hi @Robin Hart and @Robin Hart and @casey');
    expect(r('see <#C01GEN|general> and <#C02PEER>')).toBe('see #general and #peer-support');
    expect(r('<!here> <!channel> <!everyone|@everyone> <!subteam^S01|@facilitators>')).toBe('@here @channel @everyone @facilitators');
  });

  it('writes links as "label (url)", and bare links and mail addresses plainly', () => {
    expect(r('<https://example.org/agenda|agenda> <https://example.org> <mailto:a@example.org|a@example.org>')).toBe(
      'agenda (https://example.org/agenda) https://example.org a@example.org',
    );
  });

  it('decodes only &lt; &gt; &amp;, after the links, and &amp; last', () => {
    // Decoding first would turn escaped text into a link token; decoding &amp; first would double-decode.
    expect(r('notes &lt;https://x.org|draft&gt; &amp; more')).toBe('notes <https://x.org|draft> & more');
    expect(r('write &amp;lt; for <')).toBe('write &lt; for <');
    expect(r('&quot;quoted&quot; &#39;kept&#39;')).toBe('&quot;quoted&quot; &#39;kept&#39;');
  });
});
