import { describe, expect, it } from 'vitest';
import { readBody, splitReply } from '../../src/ingest/zoom-body.js';

describe('readBody', () => {
  it('keeps "Reacted to" text in an ordinary message that only mentions it', () => {
    expect(readBody('I reacted to "that" with a laugh, sorry')).toEqual({ kind: 'message', text: 'I reacted to "that" with a laugh, sorry' });
  });

  it('reads a reaction whose snippet contains quotes, "with" and a ZWJ emoji', () => {
    const body = 'Reacted to "Done "with" the slides..." with 👩\u200D💻';
    expect(readBody(body)).toEqual({ kind: 'reaction', text: body, replyTo: 'Done "with" the slides...' });
  });

  it('treats the older add/remove emoji lines as reactions to the previous message', () => {
    expect(readBody('add 👍', 'zoom:3')).toEqual({ kind: 'reaction', text: 'add 👍', replyTo: 'zoom:3' });
  });
});

describe('splitReply', () => {
  it('reads the snippet up to an ellipsis quote on the same line', () => {
    expect(splitReply('Replying to "He said "yes" to th..." Great, thanks')).toEqual({ snippet: 'He said "yes" to th...', text: 'Great, thanks' });
    expect(splitReply('Replying to "Welcome all…"\n\nThanks!')).toEqual({ snippet: 'Welcome all…', text: 'Thanks!' });
  });

  it('reads localised prefixes and ignores text that is not a reply', () => {
    expect(splitReply('Ответ на "Привет..."\n\nДа')).toEqual({ snippet: 'Привет...', text: 'Да' });
    expect(splitReply('Replying to everyone: hi')).toBeUndefined();
  });
});
