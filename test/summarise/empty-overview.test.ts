import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { summariseExport } from '../../src/summarise/from-export.js';
import { defaultNoise, defaultRules, defaultTemplate } from '../support/library.js';

const job = { rules: defaultRules(), noise: defaultNoise(), template: defaultTemplate(), timeZone: 'Europe/London', date: '2026-03-13' };
const warningsOf = (text: string, file: string, extra = {}) => summariseExport(strToU8(text), file, { ...job, ...extra }).overview.warnings.map((w) => `${w.file}: ${w.message}`);

describe('an overview with no points says why', () => {
  it('names an export with no messages', () => {
    expect(warningsOf('{"name": "Peer Space", "type": "private_group", "id": 1, "messages": []}', 'result.json')).toEqual([
      'result.json: no messages in the export: the overview has no points',
    ]);
  });

  it('counts what was dropped, and points at --include-direct when direct messages were', () => {
    const zoom = [
      '14:00:01 From Robin Hart to Everyone:\n\tThanks all!\n',
      '14:00:09 From Sam Okafor to Robin Hart(Direct Message):\n\tCan we talk about the night rota after?\n',
      '14:00:15 From Priya Nair to Everyone:\n\tReacted to "Thanks all!" with 👍\n',
    ].join('');
    expect(warningsOf(zoom, 'meeting_saved_chat.txt')).toEqual([
      'meeting_saved_chat.txt: no points to summarise: all 3 messages were dropped (1 reaction, 1 noise, 1 direct; --include-direct keeps direct ones)',
    ]);
    // Kept, the direct message is a point: no warning.
    expect(warningsOf(zoom, 'meeting_saved_chat.txt', { includeDirect: true })).toEqual([]);
    expect(warningsOf('13/03/2026, 14:00 - Messages and calls are end-to-end encrypted.\n', 'chat.txt')).toEqual([
      'chat.txt: no points to summarise: the one message was dropped (1 system)',
    ]);
  });
});
