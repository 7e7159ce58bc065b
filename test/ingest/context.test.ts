import { describe, expect, it } from 'vitest';
import { contextFromPath } from '../../src/ingest/context.js';

describe('contextFromPath', () => {
  it('reads the date and topic of a Zoom local recording folder', () => {
    expect(contextFromPath('Documents/Zoom/2026-03-13 14.00.05 Peer Support Space/meeting_saved_chat.txt')).toEqual({
      date: '2026-03-13',
      title: 'Peer Support Space',
    });
  });

  it('accepts Windows separators and a folder without a topic', () => {
    expect(contextFromPath('C:\\Users\\a\\Zoom\\2026-03-13 14.00.05\\chat.txt')).toEqual({ date: '2026-03-13' });
  });

  it('reads a Zoom cloud chat file name', () => {
    expect(contextFromPath('GMT20260313-140005_Peer Space.txt')).toEqual({ date: '2026-03-13', title: 'Peer Space', recordingStart: '2026-03-13T14:00:05Z' });
  });

  it('takes a date from a file or folder name that starts with one', () => {
    expect(contextFromPath('exports/2026-03-13-teams.txt')).toEqual({ date: '2026-03-13' });
    expect(contextFromPath('2026-03-13/chat.csv')).toEqual({ date: '2026-03-13' });
  });

  it('ignores impossible dates and plain names', () => {
    expect(contextFromPath('2026-02-30 10.00.00 Topic/meeting_saved_chat.txt')).toEqual({});
    expect(contextFromPath('chat.txt')).toEqual({});
    expect(contextFromPath('-')).toEqual({});
  });
});
