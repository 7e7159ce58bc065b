import { describe, expect, it } from 'vitest';
import { chatHtmlToText, decodeEntities } from '../../src/ingest/html-text.js';

describe('decodeEntities', () => {
  it('decodes numeric, hex and common named entities exactly once', () => {
    expect(decodeEntities('&#39;&#x1F600;&eacute?&amp;lt;&hellip;&lrm;x')).toBe("'😀&eacute?&lt;…x");
  });

  it('leaves unknown names and invalid code points as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0;')).toBe('&bogus; &#xD800; &#0;');
  });
});

describe('chatHtmlToText', () => {
  it('drops an older quoted reply and keeps its item id', () => {
    const out = chatHtmlToText('<blockquote itemtype="http://schema.skype.com/Reply" itemid="1616964509832"><strong>Sam</strong><p>old text</p></blockquote><p>my answer</p>');
    expect(out).toEqual({ text: 'my answer', system: false, replyTo: '1616964509832' });
  });

  it('gives a Skype emoji image its alt and other images [image]; scripts vanish', () => {
    expect(chatHtmlToText('<img itemtype="http://schema.skype.com/Emoji" alt="😂" src="x"> <img src="y"><script>alert(1)</script>').text).toBe('😂 [image]');
  });

  it('keeps a link label when the href is not a web or mail link', () => {
    expect(chatHtmlToText('<a href="javascript:void(0)">label</a> <a href="mailto:a@example.org">mail</a>').text).toBe('label mailto:a@example.org');
  });
});
