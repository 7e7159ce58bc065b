import { describe, expect, it } from 'vitest';
import { detectParser } from '../../../src/ingest/detect.js';
import { teamsGraph } from '../../../src/ingest/parsers/teams-graph.js';

const parse = (text: string) => teamsGraph.parse(text, { file: 'chat.json' });
type Rec = Record<string, unknown>;
const user = (name: string | null) => ({ application: null, device: null, user: { id: 'u', displayName: name, userIdentityType: 'aadUser' } });
const rec = (id: string, at: string, content: string, extra: Rec = {}): Rec => ({
  id, messageType: 'message', createdDateTime: at, deletedDateTime: null, from: user('Robin Hart'),
  body: { contentType: 'html', content }, attachments: [], mentions: [], reactions: [], ...extra,
});
const page = (...value: Rec[]) => JSON.stringify({ '@odata.context': 'x', value }, null, 2);

describe('teams-graph', () => {
  it('sorts newest-first pages by createdDateTime, source order breaking ties', () => {
    const out = parse(page(rec('3', '2026-03-13T14:05:00Z', 'third'), rec('2a', '2026-03-13T14:03:00Z', 'tie one'), rec('2b', '2026-03-13T14:03:00Z', 'tie two'), rec('1', '2026-03-13T14:01:00Z', 'first')));
    expect(out.messages.map((m) => m.text)).toEqual(['first', 'tie one', 'tie two', 'third']);
    expect(out.messages[0]!.time).toBe('2026-03-13T14:01:00Z');
  });

  it('reads unknownFutureValue, from: null and <systemEventMessage/> as system events', () => {
    const out = parse(page(
      rec('1', '2026-03-13T14:00:00Z', '<systemEventMessage/>', { messageType: 'unknownFutureValue', from: null, eventDetail: { '@odata.type': '#microsoft.graph.callStartedEventMessageDetail' } }),
      rec('2', '2026-03-13T14:01:00Z', '<systemEventMessage/>', { messageType: 'systemEventMessage', from: null, eventDetail: { '@odata.type': '#microsoft.graph.membersJoinedEventMessageDetail', members: [{ id: 'x', displayName: 'Alex Morgan' }] } }),
      rec('3', '2026-03-13T14:02:00Z', 'hello'),
    ));
    expect(out.messages.map((m) => [m.kind, m.text])).toEqual([['system', 'call started'], ['system', 'members joined: Alex Morgan'], ['message', 'hello']]);
  });

  it('keeps a deleted message as a system record "(deleted)"', () => {
    const out = parse(page(rec('1', '2026-03-13T14:00:00Z', '', { deletedDateTime: '2026-03-13T14:01:00Z' })));
    expect(out.messages[0]).toMatchObject({ kind: 'system', text: '(deleted)', author: 'Robin Hart' });
  });

  it('flattens Teams HTML: mentions, emoji alt, images, attachments, links, paragraphs, entities', () => {
    const html = '<p>Hi <at id="0">Sam Okafor</at> <emoji id="1f600" alt="😀" title="Smile"></emoji></p><p><attachment id="9"></attachment>See <a href="https://example.org/a?x=1&amp;y=2">the agenda</a> &amp; <img src="https://graph.microsoft.com/v1.0/x/$value"></p><div>a<br>b&nbsp;c</div>';
    expect(parse(page(rec('1', '2026-03-13T14:00:00Z', html))).messages[0]!.text).toBe('Hi Sam Okafor 😀\nSee https://example.org/a?x=1&y=2 & [image]\na\nb c');
  });

  it('leaves a text body alone: "<" there is not markup', () => {
    const r = rec('1', '2026-03-13T14:00:00Z', '', { body: { contentType: 'text', content: 'x <b> y &amp; z' } });
    expect(parse(page(r)).messages[0]!.text).toBe('x <b> y &amp; z');
  });

  it('keeps replyToId, pointing at the parent message when it is in the file', () => {
    const out = parse(page(rec('2', '2026-03-13T14:02:00Z', 'reply', { replyToId: '1' }), rec('1', '2026-03-13T14:01:00Z', 'parent'), rec('3', '2026-03-13T14:03:00Z', 'orphan', { replyToId: '999' })));
    const parent = out.messages.find((m) => m.text === 'parent')!;
    expect(out.messages.find((m) => m.text === 'reply')!.replyTo).toBe(parent.id);
    expect(out.messages.find((m) => m.text === 'orphan')!.replyTo).toBe('999');
  });

  it('reads pages saved back to back ("}{") and a bare array, with unique ids on one line', () => {
    const a = JSON.stringify({ value: [rec('2', '2026-03-13T14:02:00Z', 'second')] });
    const b = JSON.stringify({ value: [rec('1', '2026-03-13T14:01:00Z', 'first')] });
    const out = parse(`${a}${b}`);
    expect(out.messages.map((m) => [m.id, m.text])).toEqual([['teams-graph:1.2', 'first'], ['teams-graph:1', 'second']]);
    expect(parse(JSON.stringify([rec('1', '2026-03-13T14:01:00Z', 'only')])).messages[0]!.text).toBe('only');
  });

  it('gives each message the line its object starts on', () => {
    const out = parse(page(rec('1', '2026-03-13T14:01:00Z', 'a'), rec('2', '2026-03-13T14:02:00Z', 'b')));
    const lines = page(rec('1', '2026-03-13T14:01:00Z', 'a'), rec('2', '2026-03-13T14:02:00Z', 'b')).split('\n');
    for (const m of out.messages) expect(lines[m.line! - 1]!.trim()).toBe('{');
    expect(out.messages[0]!.line).toBeLessThan(out.messages[1]!.line!);
  });

  it('turns reactions into reaction records pointing at their message', () => {
    const out = parse(page(rec('1', '2026-03-13T14:01:00Z', 'hi', { reactions: [{ reactionType: 'like', createdDateTime: '2026-03-13T14:01:30Z', user: { user: { id: 'u3', displayName: null } } }] })));
    expect(out.messages.map((m) => [m.kind, m.text, m.replyTo])).toEqual([['message', 'hi', undefined], ['reaction', '👍', out.messages[0]!.id]]);
  });

  it('is detected over jsonl for a bare array of chatMessages', () => {
    expect(detectParser(JSON.stringify([rec('1', '2026-03-13T14:01:00Z', 'x')], null, 1), 'messages.json').format).toBe('teams-graph');
  });
});
