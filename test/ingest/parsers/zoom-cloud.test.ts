import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { decode } from '../../../src/ingest/decode.js';
import { zoomCloud } from '../../../src/ingest/parsers/zoom-cloud.js';

const src = { file: 'GMT20260313-140005_Topic.txt', date: '2026-03-13' };

describe('zoom-cloud parser', () => {
  it('reads a reply after \\r\\r\\n and a blank line as one message with its snippet', () => {
    const bytes = new TextEncoder().encode(
      '00:01:05\tRobin Hart:\tWelcome everyone\r\n00:02:40\tSam Okafor:\tReplying to "Welcome everyone"\r\r\n\r\nThanks Robin\r\n',
    );
    const out = zoomCloud.parse(decode(bytes, src.file), src);
    expect(out.messages.map((m) => [m.line, m.author, m.text, m.replyTo])).toEqual([
      [1, 'Robin Hart', 'Welcome everyone', undefined],
      [2, 'Sam Okafor', 'Thanks Robin', 'Welcome everyone'],
    ]);
  });

  it('keeps elapsed offsets as they are: no date attached, no start or end', () => {
    const out = zoomCloud.parse('01:02:03\tA:\thi\n', src);
    expect(out.messages[0]!.time).toBe('01:02:03');
    expect(out).not.toHaveProperty('start');
    expect(out.messages[0]!.to).toBe('everyone');
  });

  it('keeps bare continuation lines, even one that starts with a time', () => {
    const out = zoomCloud.parse('00:04:00\tPriya Nair:\tTwo things:\n10:30 works\n00:05:00\tA:\tok\n', src);
    expect(out.messages.map((m) => m.text)).toEqual(['Two things:\n10:30 works', 'ok']);
  });

  it('throws when the text is not a cloud chat', () => {
    expect(() => zoomCloud.parse('14:02:11 From A to Everyone:\n\thi\n', src)).toThrow(InputError);
  });
});
