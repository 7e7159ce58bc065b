import { describe, expect, it } from 'vitest';
import { contextFromPath } from '../../src/ingest/context.js';
import { isCalendarDate } from '../../src/ingest/iso-time.js';
import { recordingStartFromName } from '../../src/ingest/recording-start.js';

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

  it('keeps the date of a Zoom cloud name whose time is no clock, but no recording start', () => {
    expect(contextFromPath('GMT20260313-990005_Peer Space.txt')).toEqual({ date: '2026-03-13', title: 'Peer Space' });
  });

  it('takes a date from a file or folder name that starts with one', () => {
    expect(contextFromPath('exports/2026-03-13-teams.txt')).toEqual({ date: '2026-03-13' });
    expect(contextFromPath('2026-03-13/chat.csv')).toEqual({ date: '2026-03-13' });
  });

  it('ignores impossible dates and plain names', () => {
    expect(contextFromPath('2026-02-30 10.00.00 Topic/meeting_saved_chat.txt')).toEqual({});
    expect(contextFromPath('0999-03-13-teams.txt')).toEqual({});
    expect(contextFromPath('chat.txt')).toEqual({});
    expect(contextFromPath('-')).toEqual({});
  });
});

describe('isCalendarDate', () => {
  it('takes real days of four-digit years only', () => {
    expect(['2026-03-13', '2024-02-29', '1000-01-01', '9999-12-31'].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(['2026-02-29', '2026-02-31', '2026-03-73', '2026-13-01', '2026-00-10', '0026-03-13', '202-03-13', '2026-3-13', '2026-03-13T14:00'].map(isCalendarDate)).toEqual(Array(9).fill(false));
  });
});

describe('recordingStartFromName', () => {
  it('reads a Teams or Meet stamp, and no start from a day that does not exist', () => {
    expect(recordingStartFromName('Peer Space-20260313_140012-Meeting Recording.vtt')?.local).toBe('2026-03-13T14:00:12');
    // Date.parse would roll 31 February into 3 March.
    expect(recordingStartFromName('Peer Space-20260231_140012-Meeting Recording.vtt')).toBeUndefined();
    expect(recordingStartFromName('abc-defg-hij (2026-02-31 14:00 GMT) - Chat.sbv')).toBeUndefined();
  });
});
